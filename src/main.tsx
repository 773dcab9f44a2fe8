// First, so its body runs before React's and xterm's: it starts opening the world's database and fetching the
// shell's code while the rest of this bundle evaluates.
import './early'
import { createRoot } from 'react-dom/client'
import { App } from './ui/App'
import './ui/app.css'
import { worldMachine } from './adapters/xterm-session'

// The sandbox's world boots while React draws the page.
if (!location.hash.startsWith('#/lessons')) void worldMachine('sandbox', 'docker-ready')

performance.mark('ds:eval-end')
createRoot(document.getElementById('root')!).render(<App />)
