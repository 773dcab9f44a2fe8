/** Go's text/template, case by case against Go itself. Every expectation below was produced by Go's text/template
 *  (the harness in the header of each table) with docker/cli's template functions, over DATA decoded from JSON
 *  with integral numbers as ints — except the cases under "Go 1.24", which Go 1.19 does not have and which were
 *  captured from the real docker 28.2.2 CLI (built with Go 1.24.3). A result "ERR x AFTER y" is error x after
 *  output y. */
import { describe, expect, it } from 'vitest'
import { executeTemplate, goMethod, goNil, goStruct, parseDockerTemplate, parseTemplate, GoFloat, type MissingKey } from './go-template'

const DATA = {"a": {"b": 1}, "n": null, "s": "héllo", "f": 2.5, "i": 7, "z": 0, "e": "", "t": true, "arr": [1, null, "s"], "strs": ["x", "y"], "m": {"k": "v", "n": {"q": 1}}, "u": "日本"}

const PRINTING: [string, string][] = [
  ["{{.}}", "map[a:map[b:1] arr:[1 <nil> s] e: f:2.5 i:7 m:map[k:v n:map[q:1]] n:<nil> s:héllo strs:[x y] t:true u:日本 z:0]"],
  ["{{.a}}", "map[b:1]"],
  ["{{.a.b}}", "1"],
  ["{{.x}}", "<no value>"],
  ["{{.n}}", "<no value>"],
  ["{{.arr}}", "[1 <nil> s]"],
  ["{{.m}}", "map[k:v n:map[q:1]]"],
  ["{{.f}}", "2.5"],
  ["{{.t}}", "true"],
  ["{{.s}}{{.i}}{{.z}}{{.e}}", "héllo70"],
  ["{{1}}", "1"],
  ["{{-1}}", "-1"],
  ["{{1.5}}", "1.5"],
  ["{{1e6}}", "1e+06"],
  ["{{1234567.0}}", "1.234567e+06"],
  ["{{0.00001}}", "1e-05"],
  ["{{100000.0}}", "100000"],
  ["{{0x1F}}", "31"],
  ["{{0o17}}", "15"],
  ["{{0b101}}", "5"],
  ["{{017}}", "15"],
  ["{{1_000}}", "1000"],
  ["{{'a'}}", "97"],
  ["{{'\\n'}}", "10"],
  ["{{\"a\\tb\"}}", "a\tb"],
  ["{{`raw`}}", "raw"],
  ["{{true}} {{false}}", "true false"],
  ["{{.5}}", "0.5"],
  ["{{3.}}", "3"],
  ["{{9223372036854775807}}", "9223372036854775807"],
]

const FUNCTIONS: [string, string][] = [
  ["{{.s | printf \"%q\"}}", "\"héllo\""],
  ["{{printf \"%d-%s\" .i .s}}", "7-héllo"],
  ["{{print 1 2 \"a\" \"b\" 3 .n .x}}", "1 2ab3 <nil> <nil>"],
  ["{{println 1 \"a\" .x}}", "1 a <nil>\n"],
  ["{{\"x\" | printf \"%s-%s\" \"y\"}}", "y-x"],
  ["{{len .s}}", "6"],
  ["{{len .arr}}", "3"],
  ["{{len .m}}", "2"],
  ["{{len \"abc\"}}", "3"],
  ["{{index .s 1}}", "195"],
  ["{{index .arr 0}}", "1"],
  ["{{index .arr 1}}", "<no value>"],
  ["{{index .m \"k\"}}", "v"],
  ["{{index . \"a\" \"b\"}}", "1"],
  ["{{slice .s 1 3}}", "é"],
  ["{{slice .arr 1}}", "[<nil> s]"],
  ["{{eq .i 7}}", "true"],
  ["{{eq .i 8 7}}", "true"],
  ["{{eq .s \"héllo\"}}", "true"],
  ["{{eq .n nil}}", "true"],
  ["{{eq .x nil}}", "true"],
  ["{{ne .i 7}}", "false"],
  ["{{lt .i 8}}", "true"],
  ["{{lt .s \"z\"}}", "true"],
  ["{{le 7 7}}", "true"],
  ["{{gt 8 7}}", "true"],
  ["{{ge 7 8}}", "false"],
  ["{{lt 1.5 2.5}}", "true"],
  ["{{eq .f 2.5}}", "true"],
  ["{{and 1 0 2}}", "0"],
  ["{{and 1 2}}", "2"],
  ["{{or 0 \"\" \"x\"}}", "x"],
  ["{{or 0 \"\"}}", ""],
  ["{{not 0}}", "true"],
  ["{{not .s}}", "false"],
  ["{{not .n}}", "true"],
  ["{{and .x 1}}", "<no value>"],
  ["{{or .x .i}}", "7"],
  ["{{.i | and 1}}", "7"],
  ["{{0 | or 1}}", "1"],
  ["{{html \"<a href='x'>&</a>\"}}", "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;"],
  ["{{html .x}}", "&lt;no value&gt;"],
  ["{{js \"a'b\\\"c<>&=\"}}", "a\\'b\\\"c\\u003C\\u003E\\u0026\\u003D"],
  ["{{urlquery \"a b&c=d/é\"}}", "a+b%26c%3Dd%2F%C3%A9"],
  ["{{json .}}", "{\"a\":{\"b\":1},\"arr\":[1,null,\"s\"],\"e\":\"\",\"f\":2.5,\"i\":7,\"m\":{\"k\":\"v\",\"n\":{\"q\":1}},\"n\":null,\"s\":\"héllo\",\"strs\":[\"x\",\"y\"],\"t\":true,\"u\":\"日本\",\"z\":0}"],
  ["{{json .s}}", "\"héllo\""],
  ["{{json .arr}}", "[1,null,\"s\"]"],
  ["{{json .m}}", "{\"k\":\"v\",\"n\":{\"q\":1}}"],
  ["{{json .n}}", "null"],
  ["{{json .x}}", "null"],
  ["{{json \"<>&\"}}", "\"<>&\""],
  ["{{json .f}}", "2.5"],
  ["{{json \"a\\u0001b\\u2028\\tc\"}}", "\"a\\u0001b\\u2028\\tc\""],
  ["{{split \"a,b,c\" \",\"}}", "[a b c]"],
  ["{{split .s \"\"}}", "[h é l l o]"],
  ["{{len (split \"a,b\" \",\")}}", "2"],
  ["{{index (split \"a:b\" \":\") 1}}", "b"],
  ["{{upper .s}}", "HÉLLO"],
  ["{{lower \"ÀB\"}}", "àb"],
  ["{{title \"hello wORLD foo_bar a-b\"}}", "Hello WORLD Foo_bar A-B"],
  ["{{pad .s 2 1}}|", "  héllo |"],
  ["{{pad .e 2 1}}|", "|"],
  ["{{truncate .s 2}}", "h�"],
  ["{{truncate .s 20}}", "héllo"],
  ["{{.s | upper}}", "HÉLLO"],
  ["{{.s | pad 1 1}}|", "ERR template: :1:11: executing \"\" at <1>: expected string; found 1"],
  ["{{nil | printf \"%v\"}}", "ERR template: :1:2: executing \"\" at <nil>: nil is not a command"],
  ["{{printf \"%v\" nil}}", "<nil>"],
  ["{{print nil}}", "<nil>"],
  ["{{eq nil nil}}", "true"],
]

const CONTROL: [string, string][] = [
  ["{{if .t}}yes{{end}}", "yes"],
  ["{{if .z}}yes{{else}}no{{end}}", "no"],
  ["{{if .e}}a{{else if .i}}b{{end}}", "b"],
  ["{{if .x}}a{{else if .n}}b{{else}}c{{end}}", "c"],
  ["{{with .a}}{{.b}}{{end}}", "1"],
  ["{{with .x}}a{{else}}b{{end}}", "b"],
  ["{{with $v := .i}}{{$v}}{{.}}{{end}}", "77"],
  ["{{range .arr}}[{{.}}]{{end}}", "[1][<no value>][s]"],
  ["{{range $i, $v := .arr}}{{$i}}={{$v}};{{end}}", "0=1;1=<no value>;2=s;"],
  ["{{range $v := .strs}}{{$v}}{{end}}", "xy"],
  ["{{range .m}}{{.}}{{end}}", "vmap[q:1]"],
  ["{{range $k, $v := .m}}{{$k}}:{{$v}} {{end}}", "k:v n:map[q:1] "],
  ["{{range .x}}a{{else}}empty{{end}}", "empty"],
  ["{{range .e}}a{{end}}", "ERR template: :1:8: executing \"\" at <.e>: range can't iterate over "],
  ["{{range .n}}a{{else}}b{{end}}", "b"],
  ["{{range .strs}}{{if eq . \"x\"}}{{continue}}{{end}}{{.}}{{end}}", "y"],
  ["{{range .strs}}{{break}}{{.}}{{end}}", ""],
  ["{{range .arr}}{{$}}{{end}}", "map[a:map[b:1] arr:[1 <nil> s] e: f:2.5 i:7 m:map[k:v n:map[q:1]] n:<nil> s:héllo strs:[x y] t:true u:日本 z:0]map[a:map[b:1] arr:[1 <nil> s] e: f:2.5 i:7 m:map[k:v n:map[q:1]] n:<nil> s:héllo strs:[x y] t:true u:日本 z:0]map[a:map[b:1] arr:[1 <nil> s] e: f:2.5 i:7 m:map[k:v n:map[q:1]] n:<nil> s:héllo strs:[x y] t:true u:日本 z:0]"],
  ["{{range $i, $e := .strs}}{{if $i}}, {{end}}{{$e}}{{end}}", "x, y"],
  ["{{$i := 0}}{{range $i, $v = .strs}}{{$i}}{{end}}{{$i}}", "ERR template: :1:28: executing \"\" at <.strs>: undefined variable: $v"],
  ["{{$x := 1}}{{$x}}{{$x = 2}}{{$x}}", "12"],
  ["{{$x := .s}}{{with .a}}{{$x}}{{end}}", "héllo"],
  ["{{$.s}}", "héllo"],
  ["{{$x := .a}}{{$x.b}}", "1"],
  ["{{(.a).b}}", "1"],
  ["{{(index .m \"k\")}}", "v"],
  ["{{define \"T\"}}[{{.}}]{{end}}{{template \"T\" .s}}", "[héllo]"],
  ["{{block \"B\" .i}}<{{.}}>{{end}}", "<7>"],
  ["a  {{- .s -}}  b", "ahéllob"],
  ["a {{- /* c */ -}} b", "ab"],
  ["{{/* comment */}}x", "x"],
  ["a\n{{- 3 }}\n b", "a3\n b"],
  ["{{.s -}}\n\n x", "héllox"],
  ["{{3 -}}4", "34"],
  ["{{-3}}", "-3"],
  ["{{3 - 2}}", "ERR template: :1: illegal number syntax: \"-\""],
]

const PARSE_ERRORS: [string, string][] = [
  ["{{.s", "ERR template: :1: unclosed action"],
  ["{{.s}", "ERR template: :1: bad character U+007D '}'"],
  ["{{", "ERR template: :1: unclosed action"],
  ["{{}}", "ERR template: :1: missing value for command"],
  ["{{.s!}}", "ERR template: :1: bad character U+0021 '!'"],
  ["{{foo}}", "ERR template: :1: function \"foo\" not defined"],
  ["{{.s | foo}}", "ERR template: :1: function \"foo\" not defined"],
  ["{{$x}}", "ERR template: :1: undefined variable \"$x\""],
  ["{{end}}", "ERR template: :1: unexpected {{end}}"],
  ["{{else}}", "ERR template: :1: unexpected {{else}}"],
  ["{{if .s}}", "ERR template: :1: unexpected EOF"],
  ["{{if}}{{end}}", "ERR template: :1: missing value for if"],
  ["{{with .s}}{{else}}{{else}}{{end}}", "ERR template: :1: expected end; found {{else}}"],
  ["{{.s | 3}}", "ERR template: :1: non executable command in pipeline stage 2"],
  ["{{\"unterminated}}", "ERR template: :1: unterminated quoted string"],
  ["{{`raw}}", "ERR template: :1: unterminated raw quoted string"],
  ["{{'a}}", "ERR template: :1: unterminated character constant"],
  ["{{(.s}}", "ERR template: :1: unclosed left paren"],
  ["{{1a}}", "ERR template: :1: bad number syntax: \"1a\""],
  ["{{0x}}", "ERR template: :1: illegal number syntax: \"0x\""],
  ["{{$x := 1 2}}", "ERR template: :1:8: executing \"\" at <1>: can't give argument to non-function 1"],
  ["{{range $a, $b, $c := .arr}}{{end}}", "ERR template: :1: too many declarations in range"],
  ["{{break}}", "ERR template: :1: {{break}} outside {{range}}"],
  ["{{continue}}", "ERR template: :1: {{continue}} outside {{range}}"],
  ["{{@}}", "ERR template: :1: unexpected \"@\" in command"],
  ["{{1.s}}", "ERR template: :1: bad number syntax: \"1.s\""],
  ["{{\"x\".y}}", "ERR template: :1: unexpected . after term \"\\\"x\\\"\""],
  ["{{/* x }}", "ERR template: :1: unclosed comment"],
  ["{{/* x */ .s}}", "ERR template: :1: comment ends before closing delimiter"],
  ["{{:}}", "ERR template: :1: expected :="],
  ["{{define \"a\"}}{{end}}{{define \"a\"}}x{{end}}{{define \"a\"}}y{{end}}", "ERR template: :1: template: multiple definition of template \"a\""],
  ["{{template .s}}", "ERR template: :1: unexpected \".s\" in template clause"],
  ["a{{end}}b", "ERR template: :1: unexpected {{end}}"],
  ["line1\n{{.s", "ERR template: :2: unclosed action"],
  ["line1\n{{if .s}}\nx", "ERR template: :3: unexpected EOF"],
  ["{{089}}", "ERR template: :1: integer overflow: \"089\""],
  ["{{18446744073709551616}}", "ERR template: :1: integer overflow: \"18446744073709551616\""],
  ["{{9223372036854775808}}", "ERR template: :1:2: executing \"\" at <9223372036854775808>: 9223372036854775808 overflows int"],
  ["{{'ab'}}", "ERR template: :1: malformed character constant: 'ab'"],
  ["{{''}}", "ERR template: :1: invalid syntax"],
  ["{{1__0}}", "ERR template: :1: illegal number syntax: \"1__0\""],
  ["{{\"\\q\"}}", "ERR template: :1: invalid syntax"],
]

const EXEC_ERRORS: [string, string][] = [
  ["{{.s.x}}", "ERR template: :1:4: executing \"\" at <.s.x>: can't evaluate field x in type interface {}"],
  ["{{.i.x}}", "ERR template: :1:4: executing \"\" at <.i.x>: can't evaluate field x in type interface {}"],
  ["{{.a.b.c}}", "ERR template: :1:4: executing \"\" at <.a.b.c>: can't evaluate field c in type interface {}"],
  ["{{.n.y}}", "ERR template: :1:4: executing \"\" at <.n.y>: nil pointer evaluating interface {}.y"],
  ["{{.s 1}}", "ERR template: :1:2: executing \"\" at <.s>: s is not a method but has arguments"],
  ["{{.m.k 1}}", "ERR template: :1:4: executing \"\" at <.m.k>: k is not a method but has arguments"],
  ["{{1 2}}", "ERR template: :1:2: executing \"\" at <1>: can't give argument to non-function 1"],
  ["{{. 1}}", "ERR template: :1:2: executing \"\" at <.>: can't give argument to non-function ."],
  ["{{nil}}", "ERR template: :1:2: executing \"\" at <nil>: nil is not a command"],
  ["{{printf}}", "ERR template: :1:2: executing \"\" at <printf>: wrong number of args for printf: want at least 1 got 0"],
  ["{{printf 1}}", "ERR template: :1:9: executing \"\" at <1>: expected string; found 1"],
  ["{{index}}", "ERR template: :1:2: executing \"\" at <index>: wrong number of args for index: want at least 1 got 0"],
  ["{{len 1 2}}", "ERR template: :1:2: executing \"\" at <len>: wrong number of args for len: want 1 got 2"],
  ["{{.s | len 1}}", "ERR template: :1:7: executing \"\" at <len>: wrong number of args for len: want 1 got 2"],
  ["{{(.n).y}}", "<no value>"],
  ["{{len .i}}", "ERR template: :1:2: executing \"\" at <len .i>: error calling len: len of type int"],
  ["{{len .n}}", "ERR template: :1:2: executing \"\" at <len .n>: error calling len: len of nil pointer"],
  ["{{len .x}}", "ERR template: :1:2: executing \"\" at <len .x>: error calling len: reflect: call of reflect.Value.Type on zero Value"],
  ["{{index .arr 3}}", "ERR template: :1:2: executing \"\" at <index .arr 3>: error calling index: reflect: slice index out of range"],
  ["{{index .arr 9}}", "ERR template: :1:2: executing \"\" at <index .arr 9>: error calling index: index out of range: 9"],
  ["{{index .arr -1}}", "ERR template: :1:2: executing \"\" at <index .arr -1>: error calling index: index out of range: -1"],
  ["{{index .i 0}}", "ERR template: :1:2: executing \"\" at <index .i 0>: error calling index: can't index item of type int"],
  ["{{index .n 0}}", "ERR template: :1:2: executing \"\" at <index .n 0>: error calling index: index of untyped nil"],
  ["{{index .m 1}}", "ERR template: :1:2: executing \"\" at <index .m 1>: error calling index: value has type int; should be string"],
  ["{{index .arr \"x\"}}", "ERR template: :1:2: executing \"\" at <index .arr \"x\">: error calling index: cannot index slice/array with type string"],
  ["{{index .s 6}}", "ERR template: :1:2: executing \"\" at <index .s 6>: error calling index: reflect: string index out of range"],
  ["{{slice .arr 2 1}}", "ERR template: :1:2: executing \"\" at <slice .arr 2 1>: error calling slice: invalid slice index: 2 > 1"],
  ["{{slice .s 1 2 3}}", "ERR template: :1:2: executing \"\" at <slice .s 1 2 3>: error calling slice: cannot 3-index slice a string"],
  ["{{eq .s 1}}", "ERR template: :1:2: executing \"\" at <eq .s 1>: error calling eq: incompatible types for comparison"],
  ["{{eq .i}}", "ERR template: :1:2: executing \"\" at <eq .i>: error calling eq: missing argument for comparison"],
  ["{{lt .t .t}}", "ERR template: :1:2: executing \"\" at <lt .t .t>: error calling lt: invalid type for comparison"],
  ["{{lt .arr 1}}", "ERR template: :1:2: executing \"\" at <lt .arr 1>: error calling lt: invalid type for comparison"],
  ["{{lt .n 1}}", "ERR template: :1:2: executing \"\" at <lt .n 1>: error calling lt: invalid type for comparison"],
  ["{{lt 1 1.5}}", "ERR template: :1:2: executing \"\" at <lt 1 1.5>: error calling lt: incompatible types for comparison"],
  ["{{and}}", "ERR template: :1:2: executing \"\" at <and>: wrong number of args for and: want at least 1 got 0"],
  ["{{not}}", "ERR template: :1:2: executing \"\" at <not>: wrong number of args for not: want 1 got 0"],
  ["{{upper .i}}", "ERR template: :1:8: executing \"\" at <.i>: wrong type for value; expected string; got int"],
  ["{{upper .x}}", "ERR template: :1:8: executing \"\" at <.x>: invalid value; expected string"],
  ["{{upper .n}}", "ERR template: :1:8: executing \"\" at <.n>: wrong type for value; expected string; got interface {}"],
  ["{{pad .s 1.5 1}}", "ERR template: :1:9: executing \"\" at <1.5>: expected integer; found 1.5"],
  ["{{truncate .s \"a\"}}", "ERR template: :1:14: executing \"\" at <\"a\">: expected integer; found \"a\""],
  ["{{truncate .s}}", "ERR template: :1:2: executing \"\" at <truncate>: wrong number of args for truncate: want 2 got 1"],
  ["{{upper .s .s}}", "ERR template: :1:2: executing \"\" at <upper>: wrong number of args for upper: want 1 got 2"],
  ["{{.s | truncate 2}}", "ERR template: :1:16: executing \"\" at <2>: expected string; found 2"],
  ["{{join .s \",\"}}", "ERR template: :1:7: executing \"\" at <.s>: wrong type for value; expected []string; got string"],
  ["é{{.x.y.z}}", "é<no value>"],
  ["日本{{.s.x}}", "ERR template: :1:10: executing \"\" at <.s.x>: can't evaluate field x in type interface {} AFTER 日本"],
  ["a\nbc{{.s.x}}", "ERR template: :2:6: executing \"\" at <.s.x>: can't evaluate field x in type interface {} AFTER a\nbc"],
  ["{{define \"T\"}}\n {{.k.q}}{{end}}{{template \"T\" .m}}", "ERR template: :2:5: executing \"T\" at <.k.q>: can't evaluate field q in type interface {} AFTER \n "],
  ["{{template \"missing\"}}", "ERR template: :1:11: executing \"\" at <{{template \"missing\"}}>: template \"missing\" not defined"],
  ["{{range .s}}a{{end}}", "ERR template: :1:8: executing \"\" at <.s>: range can't iterate over héllo"],
  ["{{with .m}}{{.n.q}}{{.k.z}}{{end}}", "ERR template: :1:23: executing \"\" at <.k.z>: can't evaluate field z in type interface {} AFTER 1"],
]

const MISSINGKEY_ERROR: [string, string][] = [
  ["{{.x}}", "ERR template: :1:2: executing \"\" at <.x>: map has no entry for key \"x\""],
  ["{{.x.y}}", "ERR template: :1:4: executing \"\" at <.x.y>: map has no entry for key \"x\""],
  ["{{.a.b}}", "1"],
  ["{{.a.x}}", "ERR template: :1:4: executing \"\" at <.a.x>: map has no entry for key \"x\""],
  ["{{with .x}}a{{end}}", "ERR template: :1:7: executing \"\" at <.x>: map has no entry for key \"x\""],
  ["{{$x := .m}}{{$x.zz}}", "ERR template: :1:16: executing \"\" at <$x.zz>: map has no entry for key \"zz\""],
]

const STRUCT: [string, string][] = [
  ["{{.S}}", "str"],
  ["{{.N}}", "42"],
  ["{{.F}}", "1.5"],
  ["{{.B}}", "true"],
  ["{{.L}}", "[a b]"],
  ["{{.I}}", "[1 x <nil> 2.5]"],
  ["{{.M}}", "map[a:b k:v]"],
  ["{{.Nil}}", "<nil>"],
  ["{{.P.S}}", "inner"],
  ["{{.Nil.S}}", "ERR template: :1:6: executing \"\" at <.Nil.S>: nil pointer evaluating *main.Ctx.S"],
  ["{{.Foo}}", "ERR template: :1:2: executing \"\" at <.Foo>: can't evaluate field Foo in type *main.Ctx"],
  ["{{.P.Foo}}", "ERR template: :1:4: executing \"\" at <.P.Foo>: can't evaluate field Foo in type *main.Ctx"],
  ["{{.S.Foo}}", "ERR template: :1:4: executing \"\" at <.S.Foo>: can't evaluate field Foo in type string"],
  ["{{.Meth}}", "m"],
  ["{{.Meth 1}}", "ERR template: :1:2: executing \"\" at <.Meth>: wrong number of args for Meth: want 0 got 1"],
  ["{{.Label \"x\"}}", "label:x"],
  ["{{.Label}}", "ERR template: :1:2: executing \"\" at <.Label>: wrong number of args for Label: want 1 got 0"],
  ["{{.Label 1}}", "ERR template: :1:9: executing \"\" at <1>: expected string; found 1"],
  ["{{.Label \"a\" \"b\"}}", "ERR template: :1:2: executing \"\" at <.Label>: wrong number of args for Label: want 1 got 2"],
  ["{{\"y\" | .Label}}", "label:y"],
  ["{{.S \"x\"}}", "ERR template: :1:2: executing \"\" at <.S>: S has arguments but cannot be invoked as function"],
  ["{{.M.k}}", "v"],
  ["{{.M.zz}}|", "<no value>|"],
  ["{{index .M \"zz\"}}|", "|"],
  ["{{join .L \"-\"}}", "a-b"],
  ["{{join .I \"-\"}}", "ERR template: :1:7: executing \"\" at <.I>: wrong type for value; expected []string; got []interface {}"],
  ["{{len .L}}", "2"],
  ["{{eq .Nil nil}}", "true"],
  ["{{eq .P nil}}", "false"],
  ["{{if .Nil}}a{{else}}b{{end}}", "b"],
  ["{{range .Nil}}a{{end}}", "ERR template: :1:8: executing \"\" at <.Nil>: range can't iterate over <nil>"],
  ["{{json .L}}", "[\"a\",\"b\"]"],
  ["{{json .M}}", "{\"a\":\"b\",\"k\":\"v\"}"],
  ["{{printf \"%v %+v\" .L .M}}", "[a b] map[a:b k:v]"],
  ["{{with .P}}{{.S}}{{end}}", "inner"],
  ["{{.Meth | upper}}", "M"],
  ["{{.Label .S}}", "label:str"],
  ["{{eq .N 42}}", "true"],
  ["{{printf \"%T %T %T %T\" .N .F .P .L}}", "int float64 *main.Ctx []string"],
  ["{{.N.x}}", "ERR template: :1:4: executing \"\" at <.N.x>: can't evaluate field x in type int"],
]

function run(text: string, data: unknown, missingKey: MissingKey = 'default'): string {
  const parsed = parseDockerTemplate(text)
  if (!parsed.ok) return `ERR ${parsed.error}`
  const r = executeTemplate(parsed.template, data, { missingKey })
  return r.error === undefined ? r.output : `ERR ${r.error}${r.output ? ` AFTER ${r.output}` : ''}`
}

/** The Go side of STRUCT: type Ctx struct { S string; N int; F float64; B bool; L []string; I []any;
 *  M map[string]string; P, Nil *Ctx } with methods Meth() string and Label(k string) string. */
const methods = { Meth: () => 'm', Label: (k: string) => 'label:' + k }
const inner = goStruct('*main.Ctx', { S: 'inner', N: 0, F: new GoFloat(0), B: false, L: [], I: [], M: {}, P: goNil('*main.Ctx'), Nil: goNil('*main.Ctx'), ...methods })
const STRUCT_DATA = goStruct('*main.Ctx', {
  S: 'str', N: 42, F: 1.5, B: true, L: ['a', 'b'], I: [1, 'x', null, 2.5], M: { k: 'v', a: 'b' }, P: inner, Nil: goNil('*main.Ctx'), ...methods,
})

describe('text/template over maps, as Go prints them', () => {
  it.each(PRINTING)('%j → %j', (text, expected) => expect(run(text, DATA)).toBe(expected))
})

describe('functions and pipelines', () => {
  it.each(FUNCTIONS)('%j → %j', (text, expected) => expect(run(text, DATA)).toBe(expected))
})

describe('if, with, range, variables, define and trim markers', () => {
  it.each(CONTROL)('%j → %j', (text, expected) => expect(run(text, DATA)).toBe(expected))
})

describe('parse errors', () => {
  it.each(PARSE_ERRORS)('%j → %j', (text, expected) => expect(run(text, DATA)).toBe(expected))
})

describe('execution errors', () => {
  it.each(EXEC_ERRORS)('%j → %j', (text, expected) => expect(run(text, DATA)).toBe(expected))
})

describe('missingkey=error, as docker inspect falls back to', () => {
  it.each(MISSINGKEY_ERROR)('%j → %j', (text, expected) => expect(run(text, DATA, 'error')).toBe(expected))
})

describe('typed values: structs, methods and nil pointers', () => {
  it.each(STRUCT)('%j → %j', (text, expected) => expect(run(text, STRUCT_DATA)).toBe(expected))
})

describe('Go 1.24 (captured from docker 28.2.2)', () => {
  const ctx = goStruct('*formatter.ContainerContext', { ID: () => '', Names: () => 'web' })
  it.each([
    ['{{range 3}}{{.}}{{end}}', '012'],
    ['{{with .ID}}a{{else with .Names}}b{{end}}', 'b'],
    ['{{.ID)}}', 'ERR template: :1: unexpected right paren'],
    ['{{range $i, $v := 3}}{{end}}', 'ERR template: :1:18: executing "" at <3>: can\'t use 3 to iterate over more than one variable'],
    ['{{call .ID}}', 'ERR template: :1:2: executing "" at <call .ID>: error calling call: non-function .ID of type string'],
    ['{{index .ID 0}}', 'ERR template: :1:2: executing "" at <index .ID 0>: error calling index: reflect: string index out of range'],
    ['{{.ID\n.ID}}', 'ERR template: :1:2: executing "" at <.ID>: wrong number of args for ID: want 0 got 1'],
    ['line1\n{{.ID', 'ERR template: :2: unclosed action'],
    ['{{printf "%c|%.0f %.0f %.0f %.2f" -1 0.5 1.5 2.5 0.125}}', '\ufffd|0 2 2 0.12'],
  ])('%j → %j', (text, expected) => expect(run(text, ctx)).toBe(expected))
})

describe('the API', () => {
  it('names the template in errors, as `docker version` names its own', () => {
    const t = parseTemplate('{{.Client.Nope}}', { name: 'version' })
    expect(t.ok && executeTemplate(t.template, goStruct('main.versionInfo', { Client: goStruct('*main.clientVersion', {}) })).error).toBe(
      'template: version:1:9: executing "version" at <.Client.Nope>: can\'t evaluate field Nope in type *main.clientVersion',
    )
  })

  it('knows only the builtins without docker’s functions', () => {
    expect(parseTemplate('{{json .}}')).toEqual({ ok: false, error: 'template: :1: function "json" not defined' })
  })

  it('lets a method declare other parameter types than strings', () => {
    const t = parseDockerTemplate('{{.Repeat "ab" 3}}')
    const data = goStruct('*T', { Repeat: goMethod({ params: ['string', 'int'] }, (s: string, n: number) => s.repeat(n)) })
    expect(t.ok && executeTemplate(t.template, data)).toEqual({ output: 'ababab' })
  })

  it('reports what a method throws as the error of calling it', () => {
    const t = parseDockerTemplate('a{{.Boom}}')
    const data = goStruct('*T', { Boom: () => { throw new Error('no such thing') } })
    expect(t.ok && executeTemplate(t.template, data)).toEqual({
      output: 'a',
      error: 'template: :1:3: executing "" at <.Boom>: error calling Boom: no such thing',
    })
  })

  it('replaces functions by name for one execution, as docker does for header rows', () => {
    const t = parseDockerTemplate('{{upper .}}')
    expect(t.ok && executeTemplate(t.template, 'names', { funcs: { upper: { params: ['string'], fn: (s: string) => `<${s}>` } } })).toEqual({ output: '<names>' })
  })
})
