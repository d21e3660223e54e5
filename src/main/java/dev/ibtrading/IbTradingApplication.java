package dev.ibtrading;

import dev.ibtrading.bars.BarsCommand;
import dev.ibtrading.launcher.LaunchCommand;
import dev.ibtrading.paper.PaperGatewayCommand;
import dev.ibtrading.replay.ReplayCommand;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The worker. {@code java -jar ib-trading.jar} runs the Spring Boot application; {@code java -jar
 * ib-trading.jar paper-gateway [options]} runs only a paper gateway, without Spring, see {@link
 * PaperGatewayCommand}; {@code java -jar ib-trading.jar launch} is the container's main process,
 * which starts IB Gateway and the worker, see {@link LaunchCommand}; {@code java -jar
 * ib-trading.jar replay [options]} replays the scheduled jobs over past days, see {@link
 * ReplayCommand}; {@code java -jar ib-trading.jar bars [options]} downloads daily bars from a
 * gateway for replay, see {@link BarsCommand}.
 */
@SpringBootApplication
public class IbTradingApplication {
  public static void main(String[] args) throws InterruptedException {
    if (args.length > 0 && args[0].equals(PaperGatewayCommand.NAME)) {
      PaperGatewayCommand.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    if (args.length > 0 && args[0].equals(LaunchCommand.NAME)) {
      LaunchCommand.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    if (args.length > 0 && args[0].equals(ReplayCommand.NAME)) {
      ReplayCommand.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    if (args.length > 0 && args[0].equals(BarsCommand.NAME)) {
      BarsCommand.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    SpringApplication.run(IbTradingApplication.class, args);
  }
}
