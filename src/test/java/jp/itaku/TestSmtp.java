package jp.itaku;

import java.io.IOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * An SMTP test server (GreenMail) on a free local port, for the test classes that prove
 * what mail leaves the application; each gives the port to Spring as
 * {@code spring.mail.port}.
 */
public final class TestSmtp {

	private TestSmtp() {
	}

	/** A port nothing listens on now. */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A server, not yet started, on {@code port} of 127.0.0.1. */
	public static GreenMail on(int port) {
		return new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
	}

}
