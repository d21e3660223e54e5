package dev.ibtrading;

import dev.ibtrading.paper.PaperGatewayCommand;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The worker. {@code java -jar ib-trading.jar} runs the Spring Boot application; {@code java -jar
 * ib-trading.jar paper-gateway [options]} runs only a paper gateway, without Spring, see {@link
 * PaperGatewayCommand}.
 */
@SpringBootApplication
public class IbTradingApplication {
  public static void main(String[] args) throws InterruptedException {
    if (args.length > 0 && args[0].equals(PaperGatewayCommand.NAME)) {
      PaperGatewayCommand.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    SpringApplication.run(IbTradingApplication.class, args);
  }
}
