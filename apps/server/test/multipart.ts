/** Builds a multipart/form-data body for app.inject(). */
export function multipartBody(files: readonly { name: string; bytes: Uint8Array; field?: string }[]): {
  payload: Buffer;
  headers: Record<string, string>;
} {
  const boundary = '----upright-test-boundary-7d3f';
  const parts: Buffer[] = [];
  for (const file of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'files'}"; filename="${file.name}"\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n',
      ),
      Buffer.from(file.bytes),
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
