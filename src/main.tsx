import { createRoot } from 'react-dom/client'
import { App } from './ui/App'
import './ui/app.css'
import { worldStorage } from './adapters/xterm-session'

void worldStorage('sandbox')

createRoot(document.getElementById('root')!).render(<App />)
