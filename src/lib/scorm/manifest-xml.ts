/**
 * The `imsmanifest.xml` of a SCORM 1.2 package: ADL SCORM 1.2 metadata, one organization with one
 * item, one `webcontent` resource of `adlcp:scormtype="sco"` listing every file in the package,
 * and the item's `adlcp:masteryscore` (the locked pass mark). Pure text, so a unit test and
 * xmllint can check it without a build.
 */

/** The IMS Content Packaging 1.1.2 namespace that SCORM 1.2 manifests use. */
export const IMSCP_NS = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
/** The ADL SCORM 1.2 extension namespace (`adlcp:`). */
export const ADLCP_NS = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';

export interface PackageManifestInput {
  /** The module id; identifiers in the manifest derive from it. */
  moduleId: string;
  /** The module version the package carries. */
  version: string;
  /** Course title shown by the LMS. */
  title: string;
  /** The locked pass mark (0-100), written as `adlcp:masteryscore`. */
  passMarkPercent: number;
  /** The page the LMS launches, relative to the zip root. */
  launch: string;
  /** Every file in the package (relative, `/`-separated), the launch page included. */
  files: readonly string[];
}

/** Text escaped for XML element content and double-quoted attributes. */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** An XML identifier (xs:ID: a letter or `_`, then letters, digits, `.`, `-`, `_`) built from `text`. */
function xmlId(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9._-]/g, '_');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

/** A relative file path as a URI reference: each segment percent-encoded, `/` kept. */
function fileHref(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * The manifest text. Throws when the input cannot make a valid package: a pass mark outside
 * 0-100, a launch page that is not among the files, or an absolute or parent-relative path.
 */
export function packageManifestXml(input: PackageManifestInput): string {
  const { moduleId, version, title, passMarkPercent, launch, files } = input;
  if (!Number.isInteger(passMarkPercent) || passMarkPercent < 0 || passMarkPercent > 100) {
    throw new Error(`${moduleId}: masteryscore must be a whole number 0-100, got ${passMarkPercent}`);
  }
  const bad = files.find((f) => f === '' || f.startsWith('/') || f.split('/').includes('..') || f.includes('\\'));
  if (bad !== undefined) throw new Error(`${moduleId}: package file path "${bad}" is not relative to the package root`);
  if (!files.includes(launch)) throw new Error(`${moduleId}: launch page ${launch} is not among the package files`);
  const id = xmlId(`aga-${moduleId}`);
  const t = xmlEscape(title);
  const sorted = [...new Set(files)].sort();
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${id}" version="${xmlEscape(version)}" xmlns="${IMSCP_NS}" xmlns:adlcp="${ADLCP_NS}">`,
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>1.2</schemaversion>',
    '  </metadata>',
    `  <organizations default="${id}-org">`,
    `    <organization identifier="${id}-org">`,
    `      <title>${t}</title>`,
    `      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">`,
    `        <title>${t}</title>`,
    `        <adlcp:masteryscore>${passMarkPercent}</adlcp:masteryscore>`,
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    `    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${xmlEscape(fileHref(launch))}">`,
    ...sorted.map((f) => `      <file href="${xmlEscape(fileHref(f))}"/>`),
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}
