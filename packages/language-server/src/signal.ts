/**
 * Something that happens in the server, with listeners. Features subscribe with
 * `on` rather than overwriting a function on the shared context in turn: each
 * listener is registered once, in feature order, and none can drop another.
 */
export class Signal<T = void> {
  private readonly listeners: ((value: T) => void)[] = [];

  on(listener: (value: T) => void): void {
    this.listeners.push(listener);
  }

  /** Calls every listener in the order they were added; a listener that throws stops the rest (as a caller's code would). */
  fire(value: T): void {
    for (const listener of this.listeners) listener(value);
  }
}
