const DAY_MS = 86_400_000;

/** Excel serial day -> 'YYYY-MM-DD' (with ' HH:MM' when it has a time of day). */
export function serialToIso(serial: number, date1904 = false): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const d = new Date(epoch + Math.round(serial * DAY_MS));
  const iso = d.toISOString();
  const time = iso.slice(11, 16);
  return time === '00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}

/**
 * A date cell (t="d", as strict OOXML and some writers store dates) holds ISO 8601 text:
 * '2024-03-15', '2024-03-15T09:30:00', '2024-03-15T00:00:00Z'. It reads as a date in a date
 * format does: 'YYYY-MM-DD', with ' HH:MM' when it has a time of day. The wall-clock time is
 * taken as written (an Excel date has no time zone); null when the text is not such a date.
 */
export function isoCellDate(text: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(
    text.trim(),
  );
  if (!m) return null;
  const time = m[2];
  return time && time !== '00:00' ? `${m[1]} ${time}` : (m[1] as string);
}
