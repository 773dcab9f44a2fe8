import { createRoot } from 'react-dom/client'
import { App } from './ui/App'
import './ui/app.css'
import { worldMachine } from './adapters/xterm-session'

// The sandbox's world boots while React draws the page.
if (!location.hash.startsWith('#/lessons')) void worldMachine('sandbox', 'docker-ready')

createRoot(document.getElementById('root')!).render(<App />)
