/** Default container names, as moby v28.2.2's pkg/namesgenerator makes them: `<adjective>_<surname>`, one word
 *  chosen uniformly from each list below (copied word for word from that tag: 108 adjectives, 236 surnames).
 *  `boring_wozniak` is re-rolled (Steve Wozniak is not boring). When the daemon retries because a name is taken,
 *  retry > 0 appends one random digit 0–9. The daemon gives up after its retries and uses the short ID; that is the
 *  container store's job, not this module's. */
import { randomInt, type Random } from '../random'

const words = (s: string): readonly string[] => s.trim().split(/\s+/)

export const adjectives: readonly string[] = words(`
  admiring adoring affectionate agitated amazing angry awesome beautiful blissful bold boring brave busy charming
  clever compassionate competent condescending confident cool cranky crazy dazzling determined distracted dreamy
  eager ecstatic elastic elated elegant eloquent epic exciting fervent festive flamboyant focused friendly frosty
  funny gallant gifted goofy gracious great happy hardcore heuristic hopeful hungry infallible inspiring
  intelligent interesting jolly jovial keen kind laughing loving lucid magical modest musing mystifying naughty
  nervous nice nifty nostalgic objective optimistic peaceful pedantic pensive practical priceless quirky quizzical
  recursing relaxed reverent romantic sad serene sharp silly sleepy stoic strange stupefied suspicious sweet tender
  thirsty trusting unruffled upbeat vibrant vigilant vigorous wizardly wonderful xenodochial youthful zealous zen
`)

export const surnames: readonly string[] = words(`
  agnesi albattani allen almeida antonelli archimedes ardinghelli aryabhata austin babbage banach banzai bardeen
  bartik bassi beaver bell benz bhabha bhaskara black blackburn blackwell bohr booth borg bose bouman boyd
  brahmagupta brattain brown buck burnell cannon carson cartwright carver cerf chandrasekhar chaplygin chatelet
  chatterjee chaum chebyshev clarke cohen colden cori cray curie curran darwin davinci dewdney dhawan diffie
  dijkstra dirac driscoll dubinsky easley edison einstein elbakyan elgamal elion ellis engelbart euclid euler
  faraday feistel fermat fermi feynman franklin gagarin galileo galois ganguly gates gauss germain goldberg
  goldstine goldwasser golick goodall gould greider grothendieck haibt hamilton haslett hawking heisenberg hellman
  hermann herschel hertz heyrovsky hodgkin hofstadter hoover hopper hugle hypatia ishizaka jackson jang jemison
  jennings jepsen johnson joliot jones kalam kapitsa kare keldysh keller kepler khayyam khorana kilby kirch knuth
  kowalevski lalande lamarr lamport leakey leavitt lederberg lehmann lewin lichterman liskov lovelace lumiere
  mahavira margulis matsumoto maxwell mayer mccarthy mcclintock mclaren mclean mcnulty meitner mendel mendeleev
  meninsky merkle mestorf mirzakhani montalcini moore morse moser murdock napier nash neumann newton nightingale
  nobel noether northcutt noyce panini pare pascal pasteur payne perlman pike poincare poitras proskuriakova
  ptolemy raman ramanujan rhodes ride ritchie robinson roentgen rosalind rubin saha sammet sanderson satoshi shamir
  shannon shaw shirley shockley shtern sinoussi snyder solomon spence stonebraker sutherland swanson swartz swirles
  taussig tesla tharp thompson torvalds tu turing varahamihira vaughan villani visvesvaraya volhard wescoff wilbur
  wiles williams williamson wilson wing wozniak wright wu yalow yonath zhukovsky
`)

export function generateName(random: Random, retry: number): string {
  let name: string
  do {
    name = `${adjectives[randomInt(random, adjectives.length)]}_${surnames[randomInt(random, surnames.length)]}`
  } while (name === 'boring_wozniak')
  if (retry > 0) name += String(randomInt(random, 10))
  return name
}
