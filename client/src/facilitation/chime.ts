let context: AudioContext | undefined;

/**
 * A soft two-note chime through WebAudio: quiet, short, and no file to load. Browsers only let audio
 * start after the person interacted with the page; before that it stays silent rather than failing.
 */
export function playChime(): void {
  try {
    context ??= new AudioContext();
    const start = context.currentTime + 0.02;
    for (const [offset, frequency] of [
      [0, 659.25],
      [0.28, 880],
    ] as const) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0, start + offset);
      gain.gain.linearRampToValueAtTime(0.08, start + offset + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.9);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start + offset);
      oscillator.stop(start + offset + 1);
    }
  } catch {
    // No audio device or WebAudio: the visible and announced end of the timer still happen.
  }
}
