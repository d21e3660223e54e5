package dev.ibtrading.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The form each field of a server message must have at server version 176, from the type IB's
 * Python client reads it with (xqguo/twsapi@f3ca7c7 source/pythonclient/ibapi/decoder.py and
 * orderdecoder.py, API 10.30; ib_async@2afdae4 ib_async/decoder.py agrees): {@code int(...)} fails
 * on {@code 0.0} and makes both drop the whole message, which Java's lenient reader hides.
 *
 * <p>A form is a list of tokens, one per field after the message id: {@code i} integer, {@code f}
 * float, {@code d} decimal, {@code b} boolean ({@code 0}/{@code 1}), {@code s} text; any of them
 * may be empty (IB's "unset"). {@code *(...)} repeats the group as many times as the integer before
 * it says; {@code ?(...)} reads the group only when the field before it is neither empty nor {@code
 * 0} (a present flag, a non-empty hedge type or algo name). A field marked {@code !} is remembered
 * and {@code &(...)} reads the group when the last remembered field was set in that sense: the
 * delta-neutral order type, whose block follows the aux price after it (xqguo/twsapi@1cd3b04
 * EOrderDecoder.readVolOrderParams; real gateways send {@code None} there, which opens it).
 */
final class IbFieldForms {
  private static final String CONTRACT = " i s s s f s s s s s s ";
  private static final String LEADING_TERMS = " s d s f f s s s s i s ";
  private static final String COMBO = " s i*(i i s s i i s i) i*(f) i*(s s) ";
  private static final String ALGO = " s?(i*(s s)) ";

  /** Forms by server message id. */
  static final Map<Integer, String> FORMS =
      Map.ofEntries(
          Map.entry(1, "i i i f d i"),
          Map.entry(2, "i i i d"),
          Map.entry(3, "i s d d f i i f i s f"),
          Map.entry(4, "i i i s s"),
          Map.entry(
              5,
              "i"
                  + CONTRACT
                  + LEADING_TERMS
                  + "i i b b f s  s s s s s s  s s f s  i s i  i  f f f f f"
                  + " i b b b i i b b f  i i  f i s! f &(i s s s s b i s)  b i  f f  f i"
                  + COMBO
                  + "i i f s?(s) b s s b b?(i f f)"
                  + ALGO
                  + "b b s  s s s s s s s s s f f f s s  b b  i"
                  + " s f f f f f f i  s s s  f b b b b i i b  i i f f f"),
          Map.entry(6, "i s s s s"),
          Map.entry(7, "i i s s s f s s s s s s d f f f f f s"),
          Map.entry(8, "i s"),
          Map.entry(9, "i i"),
          Map.entry(
              10,
              "i s s s f s s s s s s i f s s s i i s s s s s s s s s s i i*(s s) i s s s s s d d d"),
          Map.entry(11, "i i" + CONTRACT + "s s s s s d f i i i d f s s f s i"),
          Map.entry(15, "i s"),
          Map.entry(17, "i s s i*(s f f f f d d i)"),
          Map.entry(45, "i i i f"),
          Map.entry(46, "i i i s"),
          Map.entry(49, "i i"),
          Map.entry(52, "i i"),
          Map.entry(53, "i"),
          Map.entry(54, "i s"),
          Map.entry(55, "i i"),
          Map.entry(57, "i i"),
          Map.entry(58, "i i i"),
          Map.entry(59, "i s f s f f i"),
          Map.entry(61, "i s" + CONTRACT + "d f"),
          Map.entry(62, "i"),
          Map.entry(63, "i i s s s s"),
          Map.entry(64, "i i"),
          Map.entry(73, "i i s s s s s"),
          Map.entry(74, "i i"),
          Map.entry(81, "i f s i"),
          Map.entry(
              101,
              CONTRACT
                  + LEADING_TERMS
                  + "i b b f s  s s s s  s s s f s  i s i  f f f  f f  i b b i i i"
                  + " f i s! f &(i b i s)  b i  f f"
                  + COMBO
                  + "i i f s?(s) s s b b?(i f f)"
                  + ALGO
                  + "b s b b  i"
                  + " f f f b b s d i b s b b i s s  i i f f f"),
          Map.entry(102, ""));

  private static final Pattern INTEGER = Pattern.compile("-?\\d+");
  private static final Pattern NUMBER =
      Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?|-?Infinity");
  private static final Pattern BOOLEAN = Pattern.compile("[01]");

  private IbFieldForms() {}

  /**
   * What is wrong with one frame (fields, message id first): each field not in its form, a frame
   * shorter or longer than its form, or a message id without a form. Empty when it is right.
   */
  static List<String> problems(List<String> frame) {
    int id = Integer.parseInt(frame.get(0));
    String form = FORMS.get(id);
    if (form == null) {
      return List.of("message " + id + " has no declared form");
    }
    Checker checker = new Checker(frame, id);
    checker.check(tokens(form));
    if (checker.position < frame.size() && checker.problems.isEmpty()) {
      checker.problems.add(
          "message " + id + " has " + frame.size() + " fields (form: " + checker.position + ")");
    }
    return checker.problems;
  }

  private static List<String> tokens(String form) {
    List<String> tokens = new ArrayList<>();
    for (String token : form.replace("(", " ( ").replace(")", " ) ").trim().split("\\s+")) {
      if (!token.isEmpty()) {
        tokens.add(token);
      }
    }
    return tokens;
  }

  /** Walks a frame along a form's tokens. */
  private static final class Checker {
    private final List<String> frame;
    private final int id;
    private final List<String> problems = new ArrayList<>();
    private int position = 1;
    private String remembered;

    Checker(List<String> frame, int id) {
      this.frame = frame;
      this.id = id;
    }

    void check(List<String> tokens) {
      int i = 0;
      while (i < tokens.size() && problems.isEmpty()) {
        String token = tokens.get(i);
        if (token.equals("&")) {
          int end = closing(tokens, i + 1);
          if (repeats('?', remembered) == 1) {
            check(tokens.subList(i + 2, end));
          }
          i = end + 1;
        } else if (token.length() == 2 && token.endsWith("!")) {
          remembered = field(token.charAt(0));
          i++;
        } else if (token.length() == 2 && (token.endsWith("*") || token.endsWith("?"))) {
          String previous = field(token.charAt(0));
          int end = closing(tokens, i + 1);
          List<String> group = tokens.subList(i + 2, end);
          int times = repeats(token.charAt(1), previous);
          for (int n = 0; n < times && problems.isEmpty(); n++) {
            check(group);
          }
          i = end + 1;
        } else {
          field(token.charAt(0));
          i++;
        }
      }
    }

    private int repeats(char kind, String previous) {
      if (!problems.isEmpty()) {
        return 0;
      }
      if (kind == '*') {
        return previous == null || previous.isEmpty() ? 0 : Integer.parseInt(previous);
      }
      return previous == null || previous.isEmpty() || previous.equals("0") ? 0 : 1;
    }

    private String field(char type) {
      if (position >= frame.size()) {
        problems.add("message " + id + " ends at field " + position + " (form wants more)");
        return null;
      }
      String value = frame.get(position);
      boolean ok =
          value.isEmpty()
              || switch (type) {
                case 'i' -> INTEGER.matcher(value).matches();
                case 'f', 'd' -> NUMBER.matcher(value).matches();
                case 'b' -> BOOLEAN.matcher(value).matches();
                case 's' -> true;
                default -> throw new IllegalArgumentException("form token " + type);
              };
      if (!ok) {
        problems.add(
            "message "
                + id
                + " field "
                + position
                + " '"
                + value
                + "' is not "
                + switch (type) {
                  case 'i' -> "an integer";
                  case 'b' -> "0 or 1";
                  default -> "a number";
                });
      }
      position++;
      return value;
    }

    private static int closing(List<String> tokens, int open) {
      int depth = 0;
      for (int i = open; i < tokens.size(); i++) {
        if (tokens.get(i).equals("(")) {
          depth++;
        } else if (tokens.get(i).equals(")") && --depth == 0) {
          return i;
        }
      }
      throw new IllegalArgumentException("unbalanced form");
    }
  }
}
