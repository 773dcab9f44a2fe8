/** Whether the welcome card was dismissed (remembered in localStorage; a UI preference, not part of a world). */
const KEY = 'docker-sandbox:welcome-dismissed'

export function welcomeDismissed(): boolean {
  try { return localStorage.getItem(KEY) === '1' } catch { return false }
}

export function dismissWelcome(): void {
  try { localStorage.setItem(KEY, '1') } catch { /* private windows: dismissed for this visit only */ }
}
