package uk.gov.bestvalue.returns.bench;

/** The start-up stage's yardstick: a JVM that starts, prints "hello" and exits. */
public final class JvmHello {

    private JvmHello() {
    }

    public static void main(String[] args) {
        System.out.println("hello");
    }
}
