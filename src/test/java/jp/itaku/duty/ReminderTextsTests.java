package jp.itaku.duty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import jp.itaku.notification.Notice;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A digest as its reader gets it: subject counts, sections, each duty with due date,
 * requirement id and absolute link, in Japanese or English, within the notice's limits.
 */
class ReminderTextsTests {

	private static final LocalDate TODAY = LocalDate.parse("2026-06-15");

	private static final Instant NOW = Instant.parse("2026-06-14T22:00:00Z");

	private final ReminderTexts texts = new ReminderTexts(messages(),
			new DutyViews(messages(), Clock.fixed(NOW, ZoneId.of("Asia/Tokyo"))), "https://itaku.example.jp/");

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/duty");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private static Duty duty(DutyOwner owner, int dueInDays, String contractor) {
		DutyPlan plan = DutyFixtures.reevaluation(owner, TODAY, dueInDays);
		return new Duty(new DutyPlan(plan.key(), plan.requirementId(), owner, plan.titleKey(), List.of(contractor),
				plan.link(), plan.recurrence(), plan.anchor(), plan.graceDays(), plan.dueSoonDays()), "system", NOW);
	}

	/** What the notification module renders: the body key with the notice's arguments. */
	private static String render(String key, Notice notice, Locale locale) {
		return messages().getMessage(key, notice.args().toArray(), locale);
	}

	@Test
	void theJapaneseDigestCountsOverdueAndDueSoonInItsSubject() {
		ReminderDigest digest = new ReminderDigest("member", List.of(duty(DutyOwner.user("member"), -10, "甲社")),
				List.of(duty(DutyOwner.user("member"), 5, "乙社"), duty(DutyOwner.user("member"), 9, "丙社")), List.of());
		Notice notice = this.texts.notice(digest, TODAY, 14, Locale.JAPANESE);
		assertThat(notice.kind()).isEqualTo("duty-reminder");
		assertThat(render(notice.subjectKey(), notice, Locale.JAPANESE))
			.isEqualTo("【Itaku】定期業務のお知らせ 2026-06-15：期限超過 1 件、期限間近 2 件");
	}

	@Test
	void theJapaneseBodyListsEachDutyWithDueDateRequirementAndAbsoluteLinkBySection() {
		Duty overdue = duty(DutyOwner.user("member"), -10, "甲社");
		Duty dueSoon = duty(DutyOwner.user("member"), 5, "乙社");
		Notice notice = this.texts.notice(new ReminderDigest("member", List.of(overdue), List.of(dueSoon), List.of()),
				TODAY, 14, Locale.JAPANESE);
		String body = render(notice.bodyKey(), notice, Locale.JAPANESE);
		assertThat(body).contains("■ 期限超過（1 件）")
			.contains("・期限 2026-06-05　甲社 の再評価（基準適合の見直し）（SEL-04）")
			.contains("https://itaku.example.jp/duties/" + overdue.getId())
			.contains("■ 期限間近（1 件）")
			.contains("・期限 2026-06-20　乙社 の再評価（基準適合の見直し）（SEL-04）")
			.doesNotContain("委員会への報告");
		assertThat(body.indexOf("期限超過（")).isLessThan(body.indexOf("期限間近（"));
	}

	@Test
	void escalatedDutiesNameTheirOwnerAndHowLateTheyAre() {
		Duty late = duty(DutyOwner.user("member2"), -30, "丁社");
		Notice notice = this.texts.notice(new ReminderDigest("committee", List.of(), List.of(), List.of(late)), TODAY,
				14, Locale.JAPANESE);
		assertThat(render(notice.bodyKey(), notice, Locale.JAPANESE)).contains("■ 委員会への報告：期限超過から 14 日を超えた定期業務（1 件）")
			.contains("担当: member2、超過 23 日");
	}

	@Test
	void anEnglishReaderGetsTheDigestInEnglish() {
		Duty overdue = duty(DutyOwner.committee(), -10, "Alpha Ltd.");
		Notice notice = this.texts.notice(new ReminderDigest("committee", List.of(overdue), List.of(), List.of()),
				TODAY, 14, Locale.ENGLISH);
		assertThat(render(notice.subjectKey(), notice, Locale.ENGLISH))
			.isEqualTo("[Itaku] Duties on 2026-06-15: 1 overdue, 0 due soon");
		assertThat(render(notice.bodyKey(), notice, Locale.ENGLISH)).contains("== Overdue (1) ==")
			.contains("- due 2026-06-05  Re-evaluate Alpha Ltd.")
			.doesNotContain("期限");
	}

	@Test
	void aVeryLongListStaysWithinTheNoticeLimitsAndCountsWhatWasLeftOut() {
		List<Duty> many = IntStream.range(0, 200)
			.mapToObj((i) -> duty(DutyOwner.user("member"), 5, "委託先" + i))
			.toList();
		Notice notice = this.texts.notice(new ReminderDigest("member", List.of(), many, List.of()), TODAY, 14,
				Locale.JAPANESE);
		String body = render(notice.bodyKey(), notice, Locale.JAPANESE);
		long listed = body.lines().filter((line) -> line.startsWith("・期限")).count();
		assertThat(listed).isBetween(20L, 199L);
		assertThat(body).contains("ほか " + (200 - listed) + " 件あります。").contains("https://itaku.example.jp/duties）");
		assertThat(notice.args()).allSatisfy((arg) -> assertThat(arg).hasSizeLessThanOrEqualTo(Notice.MAX_ARG));
	}

}
