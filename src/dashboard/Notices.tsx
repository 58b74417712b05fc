/**
 * A section's last error (announced at once) and its last outcome (announced politely); each
 * shows only while it has something to say.
 */
export function Notices({ error, status }: { error: string | null; status?: string | null }) {
  return (
    <>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {status && (
        <p class="status" role="status">
          {status}
        </p>
      )}
    </>
  );
}
