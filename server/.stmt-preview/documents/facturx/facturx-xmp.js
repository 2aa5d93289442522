"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FACTURX_CONFORMANCE_LEVEL = exports.FACTURX_FILE_NAME = exports.FACTURX_NAMESPACE = void 0;
exports.facturxXmp = facturxXmp;
/**
 * XMP for a Factur-X PDF/A-3 (legal-fr §4.3): the PDF/A extension schema declaring the `fx`
 * namespace, and the fx properties of the EN 16931 profile. pdfkit writes the pdfaid part and
 * conformance itself (subset 'PDF/A-3b'); this is appended with `doc.appendXML`.
 */
exports.FACTURX_NAMESPACE = 'urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#';
exports.FACTURX_FILE_NAME = 'factur-x.xml';
exports.FACTURX_CONFORMANCE_LEVEL = 'EN 16931';
const property = (name, description) => `
            <rdf:li rdf:parseType="Resource">
              <pdfaProperty:name>${name}</pdfaProperty:name>
              <pdfaProperty:valueType>Text</pdfaProperty:valueType>
              <pdfaProperty:category>external</pdfaProperty:category>
              <pdfaProperty:description>${description}</pdfaProperty:description>
            </rdf:li>`;
function facturxXmp() {
    return `
        <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
          <pdfaExtension:schemas>
            <rdf:Bag>
              <rdf:li rdf:parseType="Resource">
                <pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>
                <pdfaSchema:namespaceURI>${exports.FACTURX_NAMESPACE}</pdfaSchema:namespaceURI>
                <pdfaSchema:prefix>fx</pdfaSchema:prefix>
                <pdfaSchema:property>
                  <rdf:Seq>${property('DocumentFileName', 'name of the embedded XML invoice file')}${property('DocumentType', 'INVOICE')}${property('Version', 'The actual version of the Factur-X XML schema')}${property('ConformanceLevel', 'The conformance level of the embedded Factur-X data')}
                  </rdf:Seq>
                </pdfaSchema:property>
              </rdf:li>
            </rdf:Bag>
          </pdfaExtension:schemas>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:fx="${exports.FACTURX_NAMESPACE}">
          <fx:DocumentType>INVOICE</fx:DocumentType>
          <fx:DocumentFileName>${exports.FACTURX_FILE_NAME}</fx:DocumentFileName>
          <fx:Version>1.0</fx:Version>
          <fx:ConformanceLevel>${exports.FACTURX_CONFORMANCE_LEVEL}</fx:ConformanceLevel>
        </rdf:Description>`;
}
//# sourceMappingURL=facturx-xmp.js.map