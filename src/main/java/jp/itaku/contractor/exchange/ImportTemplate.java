package jp.itaku.contractor.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.itaku.contractor.AccessKind;
import jp.itaku.contractor.ContractorStatus;
import jp.itaku.contractor.InformationClassification;
import jp.itaku.contractor.RiskTier;
import jp.itaku.contractor.SupplierType;

import org.springframework.stereotype.Component;

/**
 * The blank workbook users fill to register new contractors: the columns a user types, in
 * their language, and a second sheet listing the values each list column accepts.
 */
@Component
class ImportTemplate {

	private final ExchangeLabels labels;

	ImportTemplate(ExchangeLabels labels) {
		this.labels = labels;
	}

	void write(Locale locale, OutputStream out) throws IOException {
		List<String> headers = new ArrayList<>();
		List<Integer> widths = new ArrayList<>();
		for (ExchangeColumn column : ExchangeColumn.TEMPLATE) {
			headers.add(this.labels.header(column, locale));
			widths.add(column.width());
		}
		try (XlsxSink sink = new XlsxSink(out, this.labels.text("exchange.export.sheet", locale), widths)) {
			sink.header(headers);
			sink.addSheet(this.labels.text("exchange.template.valuesSheet", locale));
			values(sink, ExchangeColumn.SUPPLIER_TYPES, SupplierType.values(), locale);
			values(sink, ExchangeColumn.ACCESS_KINDS, AccessKind.values(), locale);
			values(sink, ExchangeColumn.HIGHEST_CLASSIFICATION, InformationClassification.values(), locale);
			values(sink, ExchangeColumn.RISK_TIER_OVERRIDE, RiskTier.values(), locale);
			values(sink, ExchangeColumn.STATUS, ContractorStatus.values(), locale);
			sink.finish();
		}
	}

	private void values(XlsxSink sink, ExchangeColumn column, Enum<?>[] constants, Locale locale) {
		List<String> row = new ArrayList<>();
		row.add(this.labels.header(column, locale));
		for (Enum<?> constant : constants) {
			row.add(this.labels.label(constant, locale));
		}
		sink.row(row);
	}

}
