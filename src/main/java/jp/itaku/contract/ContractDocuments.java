package jp.itaku.contract;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.itaku.identity.CurrentUsers;
import jp.itaku.shared.InvalidInputException;
import jp.itaku.shared.InvalidInputException.FieldProblem;
import jp.itaku.shared.NotFoundException;
import jp.itaku.shared.UploadedFiles;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of a contract or amendment (契約書, 変更契約書; 規程 4.2, 5.3(5)). A document is
 * accepted only when it is a PDF or a Word (DOCX) file by its content, not empty and
 * within the configured size; it is kept with its SHA-256 and never changed or deleted.
 * Whoever may see the contract may list and download its documents.
 */
@Service
@Transactional
public class ContractDocuments {

	private static final Set<String> ALLOWED = Set.of(UploadedFiles.PDF, UploadedFiles.DOCX);

	private final ContractDocumentRepository documents;

	private final Contracts contracts;

	private final ContractSettings settings;

	private final CurrentUsers users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ContractDocuments(ContractDocumentRepository documents, Contracts contracts, ContractSettings settings,
			CurrentUsers users, ApplicationEventPublisher events, Clock clock) {
		this.documents = documents;
		this.contracts = contracts;
		this.settings = settings;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Attaches a document to the contract.
	 * @throws InvalidInputException when the file is empty, too large or neither PDF nor
	 * DOCX; nothing is stored then
	 * @throws ContractNotFound if the caller may not see the contract
	 */
	public ContractDocumentView attach(UUID contractId, String fileName, byte[] content) {
		ContractSummary contract = this.contracts.get(contractId);
		UploadedFiles.Checked file = check(fileName, content);
		String actor = this.users.actorName();
		ContractDocumentView view = this.documents
			.save(new ContractDocument(contractId, file, actor, this.clock.instant()))
			.view();
		this.events
			.publishEvent(new ContractDocumentAttached(
					contractId, contract.contractorId(), view.id(), "file: " + view.fileName() + "; type: "
							+ view.contentType() + "; size: " + view.sizeBytes() + "; sha256: " + view.sha256(),
					actor));
		return view;
	}

	/**
	 * Withdraws a document (e.g. the wrong file): it stays listed and downloadable,
	 * marked withdrawn with who, when and why.
	 * @throws InvalidInputException without a reason or with one too long
	 */
	public ContractDocumentView withdraw(UUID contractId, UUID documentId, String reason) {
		ContractSummary contract = this.contracts.get(contractId);
		String why = (reason == null) ? "" : reason.strip();
		if (why.isEmpty()) {
			throw invalid("reason", "contract.validation.required");
		}
		if (why.codePointCount(0, why.length()) > ContractDocument.MAX_REASON) {
			throw new InvalidInputException(List.of(new FieldProblem("reason", "contract.validation.tooLong",
					new Object[] { ContractDocument.MAX_REASON })));
		}
		ContractDocument document = load(contractId, documentId);
		String actor = this.users.actorName();
		if (document.withdraw(actor, this.clock.instant(), why)) {
			this.events.publishEvent(new ContractDocumentWithdrawn(contractId, contract.contractorId(), documentId,
					"file: " + document.view().fileName() + "; reason: " + why, actor));
		}
		return document.view();
	}

	/** The contract's documents in the order attached, withdrawn ones included. */
	@Transactional(readOnly = true)
	public List<ContractDocumentView> of(UUID contractId) {
		this.contracts.get(contractId);
		return this.documents.listOf(contractId);
	}

	/** One document with its bytes. */
	@Transactional(readOnly = true)
	public Download download(UUID contractId, UUID documentId) {
		this.contracts.get(contractId);
		ContractDocument document = load(contractId, documentId);
		return new Download(document.view(), document.content());
	}

	/**
	 * A document and its bytes, to be sent as an attachment.
	 *
	 * @param document what it is
	 * @param content its bytes
	 */
	public record Download(ContractDocumentView document, byte[] content) {

	}

	private ContractDocument load(UUID contractId, UUID documentId) {
		return this.documents.findById(documentId)
			.filter((found) -> found.getContractId().equals(contractId))
			.orElseThrow(() -> new NotFoundException("contract document " + documentId));
	}

	private UploadedFiles.Checked check(String fileName, byte[] content) {
		long max = this.settings.maxDocumentSize().toBytes();
		if (content == null || content.length == 0) {
			throw invalid("file", "contract.document.validation.empty");
		}
		if (content.length > max) {
			throw new InvalidInputException(List.of(new FieldProblem("file", "contract.document.validation.tooLarge",
					new Object[] { max / (1024.0 * 1024.0) })));
		}
		String type = UploadedFiles.detectType(content)
			.filter(ALLOWED::contains)
			.orElseThrow(() -> invalid("file", "contract.document.validation.type"));
		return UploadedFiles.Checked.of(fileName, type, content);
	}

	private static InvalidInputException invalid(String field, String key) {
		return new InvalidInputException(List.of(new FieldProblem(field, key)));
	}

}
