import { useMemo } from 'react';
import { qrModules, qrPath } from './check-in-link.ts';

const quietZone = 4;

/** A QR code drawn as one SVG path, made in the browser (nothing leaves the device). */
export function QrCode({ text, label }: { text: string; label: string }) {
  const modules = useMemo(() => qrModules(text), [text]);
  const size = modules.length + 2 * quietZone;
  return (
    <svg className="check-in-qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={qrPath(modules, quietZone)} fill="#000" />
    </svg>
  );
}
