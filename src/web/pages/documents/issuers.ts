/** The issuing units of a document in one line; a joint plan names each of them. */
export function issuerNames(issuers: readonly { name: string }[]): string {
  return issuers.map((issuer) => issuer.name).join('; ');
}
