package jp.itaku.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import jp.itaku.contract.ContractDocuments;
import jp.itaku.identity.Role;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import org.springframework.core.io.ClassPathResource;

/**
 * Attaches the draft of the demo contract {@code IT-2026-007} (会報誌印刷・発送業務委託契約書 （案）) as a
 * Word document, as its author would upload it. Attaching a document runs the automatic
 * clause check (issue 7, 規程 4.2), so the demo shows the check's suggestions waiting on
 * the half-reviewed checklist of that contract, with their passages.
 */
final class DemoContractDocuments {

	static final String CONTRACT = "IT-2026-007";

	static final String TEXT = "demo/documents/" + CONTRACT + ".txt";

	private final ContractDocuments documents;

	DemoContractDocuments(ContractDocuments documents) {
		this.documents = documents;
	}

	/**
	 * Attaches the draft to its contract.
	 * @param contracts contract number → id, as the demo contracts were loaded
	 */
	void load(Map<String, UUID> contracts) {
		UUID contractId = contracts.get(CONTRACT);
		if (contractId == null) {
			throw new IllegalStateException("no demo contract " + CONTRACT);
		}
		byte[] docx = docx(text());
		DemoActors.as("member2", Role.MEMBER, () -> this.documents.attach(contractId, "会報誌印刷・発送業務委託契約書（案）.docx", docx));
	}

	static String text() {
		try (InputStream in = new ClassPathResource(TEXT).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + TEXT, ex);
		}
	}

	/** One Word paragraph per line of the text, as a drafter types it. */
	static byte[] docx(String text) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String line : text.split("\\R")) {
				document.createParagraph().createRun().setText(line);
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the demo contract draft", ex);
		}
	}

}
