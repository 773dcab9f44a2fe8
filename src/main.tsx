import { createRoot } from 'react-dom/client'
import { App } from './ui/App'
import './ui/app.css'
import { worldMachine } from './adapters/xterm-session'

// The world boots while React draws the page.
void worldMachine('sandbox', 'docker-ready')

createRoot(document.getElementById('root')!).render(<App />)
