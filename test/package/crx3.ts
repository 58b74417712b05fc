// Reads a CRX3 file as Chromium does (components/crx_file/crx_verifier.cc): the "Cr24" magic,
// format version 3, a CrxFileHeader protobuf with the RSA proofs and the signed crx_id, then the
// zip. Only the fields Chromium checks are decoded.
import { createHash, createPublicKey, createVerify } from 'node:crypto';

export interface Crx3 {
  id: string;
  publicKey: Buffer;
  signatureValid: boolean;
  zip: Buffer;
}

/** Protobuf fields of one message: field number → raw values (varints as numbers). */
function fields(buf: Buffer): Map<number, (Buffer | number)[]> {
  const out = new Map<number, (Buffer | number)[]>();
  let at = 0;
  const varint = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = buf[at++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  };
  while (at < buf.length) {
    const tag = varint();
    const [field, wire] = [Math.floor(tag / 8), tag % 8];
    let value: Buffer | number;
    if (wire === 0) value = varint();
    else if (wire === 2) {
      const length = varint();
      value = buf.subarray(at, at + length);
      at += length;
    } else throw new Error(`unexpected protobuf wire type ${wire}`);
    out.set(field, [...(out.get(field) ?? []), value]);
  }
  return out;
}

/** Bytes as Chrome writes ids: each hex digit as a letter a–p. */
const letters = (bytes: Buffer) =>
  [...bytes.toString('hex')].map((h) => String.fromCharCode(97 + parseInt(h, 16))).join('');

/** Chrome's id of a public key: the first 128 bits of its SHA-256. */
export function idOfKey(spki: Buffer): string {
  return letters(createHash('sha256').update(spki).digest().subarray(0, 16));
}

export function readCrx3(crx: Buffer): Crx3 {
  if (crx.subarray(0, 4).toString('latin1') !== 'Cr24') throw new Error('no Cr24 magic');
  if (crx.readUInt32LE(4) !== 3) throw new Error(`CRX version ${crx.readUInt32LE(4)}, not 3`);
  const headerSize = crx.readUInt32LE(8);
  const header = fields(crx.subarray(12, 12 + headerSize));
  const zip = crx.subarray(12 + headerSize);
  // CrxFileHeader: 2 = sha256_with_rsa (AsymmetricKeyProof: 1 public_key, 2 signature),
  // 10000 = signed_header_data (SignedData: 1 crx_id).
  const signedHeader = header.get(10000)?.[0] as Buffer;
  const crxId = fields(signedHeader).get(1)?.[0] as Buffer;
  const proofs = (header.get(2) ?? []).map((p) => fields(p as Buffer));
  const proof = proofs.find((p) => idOfKey(p.get(1)![0] as Buffer) === letters(crxId));
  if (!proof) throw new Error('no RSA proof whose key matches the crx_id');
  const publicKey = proof.get(1)![0] as Buffer;
  const size = Buffer.alloc(4);
  size.writeUInt32LE(signedHeader.length);
  const verify = createVerify('sha256');
  verify.update(Buffer.from('CRX3 SignedData\x00', 'latin1'));
  verify.update(size);
  verify.update(signedHeader);
  verify.update(zip);
  const signatureValid = verify.verify(
    createPublicKey({ key: publicKey, format: 'der', type: 'spki' }),
    proof.get(2)![0] as Buffer,
  );
  return { id: idOfKey(publicKey), publicKey, signatureValid, zip };
}
