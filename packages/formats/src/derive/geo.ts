/** Mean Earth radius in metres (IUGG), as used by most fitness software for haversine distances. */
export const EARTH_RADIUS_M = 6_371_008.8;

const DEG = Math.PI / 180;

/**
 * Great-circle distance between two points, in metres (haversine formula).
 * Example: geoDistanceM(0, 0, 0, 1) ≈ 111_195.
 */
export function geoDistanceM(lat1Deg: number, lon1Deg: number, lat2Deg: number, lon2Deg: number): number {
  const dLat = (lat2Deg - lat1Deg) * DEG;
  const dLon = (lon2Deg - lon1Deg) * DEG;
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1Deg * DEG) * Math.cos(lat2Deg * DEG) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** FIT positions are semicircles: 2^31 semicircles = 180 degrees. */
export function geoDegreesFromSemicircles(semicircles: number): number {
  return semicircles * (180 / 2 ** 31);
}

export function geoIsValidPosition(latDeg: number, lonDeg: number): boolean {
  return (
    Number.isFinite(latDeg) &&
    Number.isFinite(lonDeg) &&
    Math.abs(latDeg) <= 90 &&
    Math.abs(lonDeg) <= 180 &&
    !(latDeg === 0 && lonDeg === 0)
  );
}
