/**
 * localStorage that never throws: private browsing modes and blocked storage must not stop someone
 * from joining a workshop, they only lose what would have been remembered.
 */
export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Not remembered; the current page keeps working with the value in memory.
  }
}

export function removeStored(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Storage unavailable: there was nothing remembered to remove.
  }
}
