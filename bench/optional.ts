/// <reference types="vite/client" />
// Measurements whose module may not be in the tree yet: bundled when present, skipped (and
// reported as missing) when not, so the runner builds either way.
const dossier = import.meta.glob<Record<string, unknown>>('./dossier.bench.ts', { eager: true });

export const dossierModule: Record<string, unknown> | null = Object.values(dossier)[0] ?? null;
