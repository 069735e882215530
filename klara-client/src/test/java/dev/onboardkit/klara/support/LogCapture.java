package dev.onboardkit.klara.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/** Captures everything logged under a logger name at TRACE, for assertions. Close to detach. */
public final class LogCapture implements AutoCloseable {
  private final Logger logger;
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Level previous;

  public LogCapture(String loggerName) {
    this.logger = (Logger) LoggerFactory.getLogger(loggerName);
    this.previous = logger.getLevel();
    appender.start();
    logger.addAppender(appender);
    logger.setLevel(Level.TRACE);
  }

  /** All formatted messages, plus any throwable's messages, one entry per event. */
  public List<String> lines() {
    return appender.list.stream().map(e -> {
      String line = e.getLevel() + " " + e.getFormattedMessage();
      if (e.getThrowableProxy() != null) {
        line += " | " + e.getThrowableProxy().getClassName() + ": " + e.getThrowableProxy().getMessage();
      }
      return line;
    }).collect(Collectors.toList());
  }

  public String text() {
    return String.join("\n", lines());
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
    logger.setLevel(previous);
  }
}
