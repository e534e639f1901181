import QRCode from 'qrcode';

/**
 * The otpauth URI as a QR code, as a `data:` URL of an SVG image for an `<img>` (an image cannot
 * run script, whatever the markup). Made here from the URI kept in the session, so that the page
 * shows the same code again after a wrong attempt. Null if it cannot be made: the key is shown too.
 */
export async function qrCodeDataUrl(otpauthUri: string): Promise<string | null> {
  try {
    const svg = await QRCode.toString(otpauthUri, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 4,
      color: { dark: '#000000', light: '#ffffff' },
    });
    return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
  } catch {
    return null;
  }
}
