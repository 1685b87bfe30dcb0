import { useState } from 'preact/hooks';
import { apiUrl, postJson, type ExtractResult } from '../api.js';
import { RecordView } from '../components/record-view.js';

const EXAMPLE = `NEW DELHI, March 20 -- Indian Prime Minister Narendra Modi held talks with his Japanese counterpart Fumio Kishida in New Delhi on Monday, the two leaders' second meeting this year.

"Our partnership is important for a free and open Indo-Pacific," Kishida told reporters after the talks.

Modi said India would host the G20 summit in September.`;

/** Paste an article, see what readout extracts from it; nothing is stored. */
export function TryPage() {
  const [text, setText] = useState(EXAMPLE);
  const [published, setPublished] = useState('2023-03-20');
  const [result, setResult] = useState<ExtractResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setResult(await postJson<ExtractResult>(apiUrl('extract'), { text, published: published || null }));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <h1>Try it <span class="muted small">paste an article; nothing is stored</span></h1>
      <form class="card" onSubmit={run}>
        <textarea name="text" value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} aria-label="article text" />
        <div class="filters">
          <label>Published (optional)<input name="published" value={published} onInput={(e) => setPublished((e.target as HTMLInputElement).value)} placeholder="2024-07-08" /></label>
          <button type="submit" disabled={busy || !text.trim()}>{busy ? 'Extracting…' : 'Extract'}</button>
        </div>
      </form>
      {error ? <p class="error" role="alert">{error}</p> : null}
      {result ? <RecordView key={result.id + result.text.length} text={result.text} record={result.record} /> : null}
    </div>
  );
}
