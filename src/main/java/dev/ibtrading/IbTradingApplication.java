package dev.ibtrading;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class IbTradingApplication {
  public static void main(String[] args) {
    SpringApplication.run(IbTradingApplication.class, args);
  }
}
