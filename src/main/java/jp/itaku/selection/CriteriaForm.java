package jp.itaku.selection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.itaku.contractor.RiskTier;
import jp.itaku.contractor.SupplierType;

/**
 * The criteria editor's form: one row per criterion, bound by index
 * ({@code rows[3].weight}); a row marked removed is dropped on saving.
 */
class CriteriaForm {

	private String title;

	private LocalDate effectiveOn;

	private long version;

	private List<Row> rows = new ArrayList<>();

	static CriteriaForm of(CriteriaVersionView view) {
		CriteriaForm form = new CriteriaForm();
		form.title = view.title();
		form.effectiveOn = view.effectiveOn();
		form.version = view.version();
		view.criteria().forEach((criterion) -> form.rows.add(Row.of(criterion)));
		return form;
	}

	CriteriaDraft draft() {
		return new CriteriaDraft(this.title, this.effectiveOn,
				this.rows.stream().filter((row) -> !row.isRemoved()).map(Row::input).toList());
	}

	/** Adds an empty row after the last one. */
	void addRow() {
		Row row = new Row();
		row.setCode(String.format("C%02d", this.rows.size() + 1));
		row.setWeight(10);
		row.setScale(ScoringScale.ZERO_TO_THREE);
		this.rows.add(row);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDate getEffectiveOn() {
		return this.effectiveOn;
	}

	public void setEffectiveOn(LocalDate effectiveOn) {
		this.effectiveOn = effectiveOn;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public List<Row> getRows() {
		return this.rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	/** One criterion as edited. */
	public static class Row {

		private String code;

		private String description;

		private Set<SupplierType> supplierTypes = EnumSet.noneOf(SupplierType.class);

		private Set<RiskTier> riskTiers = EnumSet.noneOf(RiskTier.class);

		private Integer weight;

		private ScoringScale scale;

		private boolean mandatory;

		private boolean removed;

		static Row of(CriterionInput input) {
			Row row = new Row();
			row.code = input.code();
			row.description = input.description();
			row.supplierTypes.addAll(input.supplierTypes());
			row.riskTiers.addAll(input.riskTiers());
			row.weight = input.weight();
			row.scale = input.scale();
			row.mandatory = input.mandatory();
			return row;
		}

		CriterionInput input() {
			return new CriterionInput(this.code, this.description, this.supplierTypes, this.riskTiers,
					(this.weight != null) ? this.weight : 0, this.scale, this.mandatory);
		}

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public Set<SupplierType> getSupplierTypes() {
			return this.supplierTypes;
		}

		public void setSupplierTypes(Set<SupplierType> supplierTypes) {
			this.supplierTypes = (supplierTypes != null) ? supplierTypes : EnumSet.noneOf(SupplierType.class);
		}

		public Set<RiskTier> getRiskTiers() {
			return this.riskTiers;
		}

		public void setRiskTiers(Set<RiskTier> riskTiers) {
			this.riskTiers = (riskTiers != null) ? riskTiers : EnumSet.noneOf(RiskTier.class);
		}

		public Integer getWeight() {
			return this.weight;
		}

		public void setWeight(Integer weight) {
			this.weight = weight;
		}

		public ScoringScale getScale() {
			return this.scale;
		}

		public void setScale(ScoringScale scale) {
			this.scale = scale;
		}

		public boolean isMandatory() {
			return this.mandatory;
		}

		public void setMandatory(boolean mandatory) {
			this.mandatory = mandatory;
		}

		public boolean isRemoved() {
			return this.removed;
		}

		public void setRemoved(boolean removed) {
			this.removed = removed;
		}

	}

}
