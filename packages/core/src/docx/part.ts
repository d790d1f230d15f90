/** One XML part of a Word package: its name in the zip, its text and its parsed root. */
import type { XmlElement } from "./xml.js";

export interface DocxPart {
  name: string;
  source: string;
  root: XmlElement;
}
