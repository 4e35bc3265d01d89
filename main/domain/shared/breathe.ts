/** One turn of the event loop: progress events, the cancel button and other windows get answered. */
export const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
