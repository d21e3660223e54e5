package bench.minimal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** One endpoint and actuator's health: the baseline a worker's startup is compared with. */
@SpringBootApplication
@RestController
public class MinimalWebApplication {

  @GetMapping("/")
  String hello() {
    return "ok";
  }

  public static void main(String[] args) {
    SpringApplication.run(MinimalWebApplication.class, args);
  }
}
