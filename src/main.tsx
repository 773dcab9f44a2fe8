import { createRoot } from 'react-dom/client'
import { App } from './ui/App'
import './ui/app.css'

createRoot(document.getElementById('root')!).render(<App />)
