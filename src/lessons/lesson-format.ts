/** The lesson format: what the files in lessons/<id>/ hold, as types. Lessons are data: no functions, no code.
 *
 *  A lesson is a folder `lessons/<NN>-<slug>/` (NN = two-digit order, e.g. `04-search-pull`) with three files:
 *
 *  lesson.json — the machine-checkable half:
 *    { "id": "04-search-pull",            the folder name
 *      "order": 4,                         the NN of the folder name; unique in the course
 *      "scenario": "docker-ready",         the world the lesson starts in (os/machine.ts SCENARIOS)
 *      "kind": "concept" | "hands-on",     concept lessons may have reading steps (no goals) and usually a quiz
 *      "title": { "zh-CN": "…", "en": "…" },
 *      "steps": [ {
 *        "id": "pull-alpine",              [a-z0-9]+(-[a-z0-9]+)*, unique in the lesson
 *        "goals": [ { "check": "imagePresent", "args": { "ref": "alpine" } } ],   all must hold (see CheckArgs)
 *        "hints": [ { "when": <condition> | [<condition>, …],                     all conditions must hold
 *                     "text": { "zh-CN": "…", "en": "…" },                        Markdown
 *                     "mistake": ["docker run alpine"] } ],                      optional: what a learner with
 *                                                                                 this misconception types (the
 *                                                                                 replay test proves the hint fires)
 *        "solution": ["docker pull alpine", { "keys": "\u0003" }] } ],          lines typed with Enter; {keys}
 *                                                                                 sends raw keys (here Ctrl-C)
 *      "quiz": [ { "id": "…", "question": {…}, "choices": [ { "text": {…}, "correct": true }, … ],
 *                  "explanation": {…} } ] }                                       optional; one correct choice
 *    A condition is { "check": <name>, "args": {…}, "not": true? } with the same checks as goals; "args" may be
 *    left out for checks that take none (daemonRunning, dockerInstalled, mirrorConfigured without url).
 *    A step with goals is hands-on: it needs a solution and at least one hint. A step without goals is a reading
 *    step (concept lessons only): the learner finishes it with "Next". Hints and solutions need goals.
 *
 *  zh-CN.md and en.md — the words, one file per locale, split into sections by step headings:
 *    - Text before the first step heading is the lesson's introduction (may be empty).
 *    - A step section starts with a line `## step: <id> <title>` (exactly: two hashes, one space, `step:`, one
 *      space, the step's id, one space, its title in that locale) and runs to the next step heading.
 *    - Every step of lesson.json has exactly one section, in the same order; no section names an unknown step;
 *      no section is empty.
 *    - Any other `#` or `##` heading is an error (write `###` and deeper inside a step), so a misspelt step
 *      heading cannot silently become part of the previous step. Lines inside fenced code blocks are not headings.
 *    - A fenced block whose info string is `sh` is runnable: the UI types its lines into the terminal when it is
 *      clicked, one Enter per line (so a heredoc works as on a real terminal). Other fences (```text, ```json,
 *      ```console) are only shown. Every solution line of a step must appear in one of that step's sh blocks, in
 *      every locale (whole lines; a multi-line entry as consecutive lines), so clicking through the text in any
 *      language completes the lesson.
 *
 *  History-based checks (commandRan, commandSucceeded) only count host shell lines typed since the step became
 *  current; lines typed inside a container's shell are not host history. Image and container checks read the
 *  daemon: while it is stopped they are false (imageAbsent too). */
import type { ScenarioName } from '../os/machine'
import type { ContainerStatus } from '../engine/container/container-record'

export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export type LocalizedText = Record<Locale, string>

/** The arguments of every check, by name. Optional arguments narrow the match; absent ones match anything. */
export interface CheckArgs {
  /** /usr/bin/docker exists on the host. */
  dockerInstalled: Record<string, never>
  daemonRunning: Record<string, never>
  /** systemctl enable <unit> was run (unit without `.service`). */
  unitEnabled: { unit: string }
  /** A reference as docker takes it: "alpine" means alpine:latest. */
  imagePresent: { ref: string }
  imageAbsent: { ref: string }
  /** image: a reference ("nginx" matches any nginx tag, "nginx:1.28" only that); publishes: "8080->80" (host port
   *  -> container port, optional /tcp or /udp, optional leading host IP). */
  containerRunning: { image?: string; name?: string; publishes?: string }
  containerExists: { image?: string; name?: string; status?: ContainerStatus }
  containerExited: { image?: string; name?: string; exitCode?: number }
  /** minBytes: the file holds at least this many bytes (a redirect creates an empty file even when the command
   *  failed). */
  fileExists: { path: string; minBytes?: number }
  fileContains: { path: string; text: string }
  /** The running daemon uses a registry mirror (this one, if given; compared without a trailing slash). */
  mirrorConfigured: { url?: string }
  /** A host shell line typed since the step began matches this regular expression (JavaScript syntax). */
  commandRan: { pattern: string }
  /** Same, and the command exited 0 (needs the machine's command log; until it has one, history only). */
  commandSucceeded: { pattern: string }
}

export type CheckName = keyof CheckArgs
export const CHECK_NAMES = [
  'dockerInstalled', 'daemonRunning', 'unitEnabled', 'imagePresent', 'imageAbsent', 'containerRunning',
  'containerExists', 'containerExited', 'fileExists', 'fileContains', 'mirrorConfigured', 'commandRan',
  'commandSucceeded',
] as const satisfies readonly CheckName[]

/** A named check with its arguments, e.g. { check: 'imagePresent', args: { ref: 'alpine' } }. */
export type Goal = { [K in CheckName]: { check: K; args: CheckArgs[K] } }[CheckName]

/** A goal, or its negation, as a hint's trigger. */
export type Condition = Goal & { not?: boolean }

export interface Hint {
  /** All of these must hold for the hint to show. */
  when: Condition[]
  text: LocalizedText
  /** Lines a learner with this misconception types; the replay test checks that the hint fires after them. */
  mistake?: SolutionEntry[]
}

/** A line typed with Enter, or raw keys (e.g. "\u0003" for Ctrl-C). */
export type SolutionEntry = string | { keys: string }

export interface Step {
  id: string
  goals: Goal[]
  hints: Hint[]
  solution: SolutionEntry[]
}

export interface QuizQuestion {
  id: string
  question: LocalizedText
  choices: { text: LocalizedText; correct: boolean }[]
  explanation?: LocalizedText
}

export type LessonKind = 'concept' | 'hands-on'

/** lesson.json, validated (a hint's `when` is always a list here, even if the file gives one condition). */
export interface LessonSpec {
  id: string
  order: number
  scenario: ScenarioName
  kind: LessonKind
  title: LocalizedText
  steps: Step[]
  quiz: QuizQuestion[]
}

/** A fenced ```sh block of a step's text: its lines, as the UI types them. */
export interface RunnableBlock {
  lines: string[]
}

export interface StepText {
  title: string
  markdown: string
  runnable: RunnableBlock[]
}

export interface LessonText {
  intro: string
  steps: Record<string, StepText>
}

/** A lesson as the app uses it: the spec plus its words in every locale. */
export interface Lesson extends LessonSpec {
  text: Record<Locale, LessonText>
}

/** A readable form of a solution entry (for messages and the UI's "show solution"). */
export const entryLabel = (e: SolutionEntry): string => (typeof e === 'string' ? e : e.keys === '\u0003' ? '^C' : JSON.stringify(e.keys))
