// The .docx reader's libraries as core uses them (packages/core/src/docx/):
// fflate for the zip archive, saxes for the XML.
export { Inflate, zipSync } from "fflate";
export { SaxesParser } from "saxes";
