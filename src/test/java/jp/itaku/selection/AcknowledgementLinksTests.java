package jp.itaku.selection;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jp.itaku.contractor.Contact;
import jp.itaku.contractor.Contractor;
import jp.itaku.contractor.Contractors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * Issuing an acknowledgement link when mail is configured (規程 4.1(1) SEL-02): it goes to
 * the primary contact, and the member gets it only when it could not be sent.
 */
class AcknowledgementLinksTests {

	private final JavaMailSender sender = mock(JavaMailSender.class);

	private final AcknowledgementLinkRepository repository = mock(AcknowledgementLinkRepository.class);

	private final Contractor contractor = mock(Contractor.class);

	private final CriteriaVersion version = mock(CriteriaVersion.class);

	private AcknowledgementLinks links;

	@BeforeEach
	@SuppressWarnings("unchecked")
	void setUp() {
		ObjectProvider<JavaMailSender> mail = mock(ObjectProvider.class);
		given(mail.getIfAvailable()).willReturn(this.sender);
		given(this.sender.createMimeMessage()).willAnswer((call) -> new JavaMailSenderImpl().createMimeMessage());
		StaticMessageSource messages = new StaticMessageSource();
		messages.setUseCodeAsDefaultMessage(true);
		this.links = new AcknowledgementLinks(this.repository, mock(CriteriaNoticeRepository.class),
				mock(SelectionCriteria.class), mock(Contractors.class), mail,
				new CriteriaLinkMail(messages, "itaku@example.jp", "https://itaku.example.jp"),
				mock(ApplicationEventPublisher.class),
				Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneId.of("Asia/Tokyo")), 60);
		given(this.contractor.getId()).willReturn(UUID.randomUUID());
		given(this.contractor.getName()).willReturn("送付先株式会社");
		given(this.contractor.getContacts())
			.willReturn(List.of(new Contact("営業", null, "sales@example.co.jp", null, false),
					new Contact("田中", null, "tanaka@example.co.jp", null, true)));
		given(this.version.getId()).willReturn(UUID.randomUUID());
		given(this.version.getNumber()).willReturn(2);
		given(this.version.getTitle()).willReturn("改訂版");
	}

	@Test
	void theLinkIsMailedToThePrimaryContactAndNotHandedOver() throws Exception {
		AcknowledgementLinks.Issued issued = this.links.issue(this.contractor, this.version, "member");
		ArgumentCaptor<MimeMessage> sent = ArgumentCaptor.forClass(MimeMessage.class);
		verify(this.sender).send(sent.capture());
		assertThat(((InternetAddress) sent.getValue().getAllRecipients()[0]).getAddress())
			.isEqualTo("tanaka@example.co.jp");
		assertThat(issued.mailedTo()).isEqualTo("tanaka@example.co.jp");
		assertThat(issued.handOverLink()).isNull();
	}

	@Test
	void aFailedMailHandsTheLinkToTheMember() {
		willThrow(new MailSendException("refused")).given(this.sender).send(any(MimeMessage.class));
		AcknowledgementLinks.Issued issued = this.links.issue(this.contractor, this.version, "member");
		assertThat(issued.mailedTo()).isNull();
		assertThat(issued.handOverLink()).startsWith("https://itaku.example.jp/criteria-acknowledgements/");
	}

	@Test
	void theLinkExpiresAfterTheConfiguredDays() {
		this.links.issue(this.contractor, this.version, "member");
		ArgumentCaptor<AcknowledgementLink> saved = ArgumentCaptor.forClass(AcknowledgementLink.class);
		verify(this.repository).save(saved.capture());
		assertThat(saved.getValue().opensAt(Instant.parse("2027-01-24T23:59:59Z"))).isTrue();
		assertThat(saved.getValue().opensAt(Instant.parse("2027-01-25T00:00:00Z"))).isFalse();
	}

}
