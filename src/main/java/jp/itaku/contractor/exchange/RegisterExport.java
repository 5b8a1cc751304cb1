package jp.itaku.contractor.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorId;
import jp.itaku.contractor.Contractors;
import jp.itaku.identity.CurrentUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports the register's list, with the list screen's filters, as xlsx or CSV. Reads the
 * register page by page outside any long transaction, so that memory stays bounded
 * whatever the size of the register, and records the export in the audit trail.
 */
@Service
class RegisterExport {

	private static final Logger log = LoggerFactory.getLogger(RegisterExport.class);

	static final int PAGE_SIZE = 500;

	private final Contractors contractors;

	private final ExchangeLabels labels;

	private final ApplicationEventPublisher events;

	private final CurrentUsers users;

	private final TransactionTemplate transactions;

	RegisterExport(Contractors contractors, ExchangeLabels labels, ApplicationEventPublisher events, CurrentUsers users,
			PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.contractors = contractors;
		this.labels = labels;
		this.events = events;
		this.users = users;
	}

	/** Writes the export to {@code out} and answers the number of rows written. */
	long export(ExportRequest request, Locale locale, OutputStream out) throws IOException {
		ContractorCells cells = new ContractorCells(this.labels, locale);
		Map<UUID, String> parentNames = new HashMap<>();
		long rows = 0;
		long replaced;
		try (RowSink sink = sink(request, locale, out)) {
			sink.header(cells.headers());
			Pageable page = PageRequest.of(0, PAGE_SIZE, request.sortOrder());
			Page<Contractor> slice;
			do {
				slice = this.contractors.search(request.query(), page);
				for (Contractor contractor : slice) {
					sink.row(cells.of(contractor, parentName(contractor.getParentId(), parentNames)));
					rows++;
				}
				page = page.next();
			}
			while (slice.hasNext());
			replaced = sink.replacedCharacters();
			if (replaced > 0) {
				// said in the file itself, so that nobody mistakes 〓 for data
				sink.row(List.of("# " + this.labels.text("exchange.export.replaced", locale, replaced)));
				log.warn("CSV export replaced {} characters that {} cannot represent", replaced, request.formatName());
			}
			sink.finish();
		}
		ContractorsExported exported = new ContractorsExported(UUID.randomUUID().toString(), this.users.actorName(),
				request.formatName(), request.describe(), rows, replaced);
		// published in a transaction of its own, so that transactional listeners (the
		// audit trail) receive it and the event publication registry keeps it
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(exported));
		return rows;
	}

	private RowSink sink(ExportRequest request, Locale locale, OutputStream out) throws IOException {
		if (request.csv()) {
			return new CsvSink(out, request.csvEncoding());
		}
		List<Integer> widths = Arrays.stream(ExchangeColumn.values()).map(ExchangeColumn::width).toList();
		return new XlsxSink(out, this.labels.text("exchange.export.sheet", locale), widths);
	}

	private String parentName(UUID parentId, Map<UUID, String> cache) {
		if (parentId == null) {
			return "";
		}
		return cache.computeIfAbsent(parentId,
				(id) -> this.contractors.find(new ContractorId(id)).map(Contractor::getName).orElse(""));
	}

}
