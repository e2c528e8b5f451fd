/**
 * Messages between the extension's parts. Types only, so every side agrees.
 *
 * content -> background: runtime.sendMessage(ShieldCountMessage) to drive the badge.
 * content -> background (Firefox build): ShieldSettingsRequest -> the settings as stored.
 * popup/background -> content: tabs.sendMessage(tabId, TabCommand) -> TabStatus.
 */

export interface ShieldCountMessage {
  type: 'shield-count';
  /** Passages currently hidden in this frame. */
  hidden: number;
}

/** Answered by the background with readShieldSettings() (src/settings/shield-config.ts). */
export interface ShieldSettingsRequest {
  type: 'get-shield-settings';
}

export type TabCommand =
  | { type: 'get-status' }
  | { type: 'reveal-all' }
  | { type: 'hide-again' }
  | { type: 'toggle-reveal-all' };

export interface TabStatus {
  /** False when the shield is off, paused, or the site is excluded. */
  active: boolean;
  hidden: number;
  revealed: number;
}
