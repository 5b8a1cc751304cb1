package jp.itaku.selection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import jp.itaku.contractor.Contact;
import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.ContractorId;
import jp.itaku.contractor.Contractors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mail link by which a contractor without an account is informed of the criteria in
 * force and acknowledges them without signing in (規程 4.1(1) SEL-02:
 * 電子メールでのリンク送付又は委託先自身のアカウント). The token is 32 random bytes; only its SHA-256 is stored,
 * and it is never logged.
 */
@Service
@Transactional
class AcknowledgementLinks {

	static final String PATH = "/criteria-acknowledgements/";

	private static final Logger log = LoggerFactory.getLogger(AcknowledgementLinks.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AcknowledgementLinkRepository links;

	private final CriteriaNoticeRepository notices;

	private final SelectionCriteria criteria;

	private final Contractors contractors;

	private final ObjectProvider<JavaMailSender> mail;

	private final CriteriaLinkMail composer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration validity;

	AcknowledgementLinks(AcknowledgementLinkRepository links, CriteriaNoticeRepository notices,
			SelectionCriteria criteria, Contractors contractors, ObjectProvider<JavaMailSender> mail,
			CriteriaLinkMail composer, ApplicationEventPublisher events, Clock clock,
			@Value("${itaku.selection.acknowledgement-link-days:60}") int days) {
		this.links = links;
		this.notices = notices;
		this.criteria = criteria;
		this.contractors = contractors;
		this.mail = mail;
		this.composer = composer;
		this.events = events;
		this.clock = clock;
		this.validity = Duration.ofDays(Math.max(1, days));
	}

	/**
	 * Issues a link to {@code version} for {@code contractor} and e-mails it to its
	 * primary contact when mail is configured and the contact has an address.
	 * @return the address it was mailed to, or else the link to hand over (shown once)
	 */
	Issued issue(Contractor contractor, CriteriaVersion version, String actor) {
		Optional<Contact> contact = contractor.getContacts()
			.stream()
			.filter((candidate) -> candidate.primaryContact() && candidate.email() != null
					&& !candidate.email().isBlank())
			.findFirst();
		String token = newToken();
		Instant now = this.clock.instant();
		Instant expires = now.plus(this.validity);
		String recipient = contact.map((c) -> c.name() + " <" + c.email() + ">").orElse(contractor.getName());
		this.links.save(new AcknowledgementLink(hash(token), version.getId(), contractor.getId(), recipient, actor, now,
				expires));
		String mailedTo = send(contractor, version, contact, LocalDate.ofInstant(expires, this.clock.getZone()), token);
		this.events.publishEvent(new SelectionEvent(CriteriaNotices.RECORD_TYPE, contractor.getId().toString(),
				"LINK_ISSUED", actor, "criteria version: " + version.getNumber() + "; e-mailed: "
						+ ((mailedTo != null) ? "yes" : "no") + "; expires: " + expires));
		return new Issued(mailedTo, (mailedTo != null) ? null : this.composer.link(token));
	}

	private String send(Contractor contractor, CriteriaVersion version, Optional<Contact> contact, LocalDate expiresOn,
			String token) {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null || contact.isEmpty()) {
			return null;
		}
		try {
			sender.send(this.composer.compose(sender, contact.get().email(), contact.get().name(), contractor.getName(),
					version.getNumber(), version.getTitle(), expiresOn, token));
			return contact.get().email();
		}
		catch (MailException ex) {
			// neither the token nor the address goes into the log; the member gets the
			// link
			log.warn("Criteria link mail for contractor {} failed: {}", contractor.getId(),
					ex.getClass().getSimpleName());
			return null;
		}
	}

	/**
	 * The page behind {@code token}, if it opens: known, not expired, its version in
	 * force.
	 */
	@Transactional(readOnly = true)
	Optional<LinkPage> open(String token) {
		return valid(token).map(this::page);
	}

	/**
	 * Records the acknowledgement by the link's recipient, as an account's would be; the
	 * first counts.
	 */
	Optional<LinkPage> acknowledge(String token) {
		Optional<AcknowledgementLink> found = valid(token);
		found.ifPresent((link) -> {
			Instant now = this.clock.instant();
			CriteriaVersion version = this.criteria.load(link.getCriteriaVersionId());
			CriteriaNotice notice = this.notices
				.findById(new CriteriaNotice.Key(link.getCriteriaVersionId(), link.getContractorId()))
				.orElseGet(() -> new CriteriaNotice(link.getCriteriaVersionId(), link.getContractorId(),
						link.getRecipient(), now));
			if (notice.acknowledge(link.getRecipient(), now)) {
				this.notices.save(notice);
				this.events.publishEvent(new SelectionEvent(CriteriaNotices.RECORD_TYPE,
						link.getContractorId().toString(), "ACKNOWLEDGED", link.getRecipient(),
						"criteria version: " + version.getNumber() + "; by e-mail link"));
			}
			link.markUsed(now);
		});
		return found.map(this::page);
	}

	private Optional<AcknowledgementLink> valid(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		Optional<UUID> inForce = this.criteria.inForceVersion().map(CriteriaVersion::getId);
		return this.links.findByTokenHash(hash(token))
			.filter((link) -> link.opensAt(this.clock.instant()))
			.filter((link) -> inForce.filter(link.getCriteriaVersionId()::equals).isPresent());
	}

	private LinkPage page(AcknowledgementLink link) {
		Contractor contractor = this.contractors.find(new ContractorId(link.getContractorId())).orElseThrow();
		CriteriaVersionView version = CriteriaVersionView.of(this.criteria.load(link.getCriteriaVersionId()), true);
		Instant acknowledgedAt = this.notices
			.findById(new CriteriaNotice.Key(link.getCriteriaVersionId(), link.getContractorId()))
			.map(CriteriaNotice::getAcknowledgedAt)
			.orElse(null);
		return new LinkPage(contractor.getName(), version, acknowledgedAt);
	}

	static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The outcome of issuing: mailed to an address, or a link to hand over. */
	record Issued(String mailedTo, String handOverLink) {
	}

	/** What the public page shows. */
	record LinkPage(String contractorName, CriteriaVersionView version, Instant acknowledgedAt) {
	}

}
