// @asyncapi/generator's entry: one file, index.html, from the bundled document.
import { File } from '@asyncapi/generator-react-sdk';
import { parse } from 'yaml';
import { readDocsModel } from '../lib/model.js';
import { renderPage } from '../lib/page.js';

// `originalAsyncAPI` is the document as written (generated/spec/asyncapi.yaml): its internal refs name the
// schemas, which the page links to instead of repeating them; the parser has validated it already.
export default function Docs({ originalAsyncAPI }) {
  return <File name="index.html">{renderPage(readDocsModel(parse(originalAsyncAPI)))}</File>;
}
