export function findPostgresBin(): string | null;
export function startCluster(opts?: { settings?: Record<string, string> }): Promise<{ url: string; dir: string; stop: () => void }>;
