package uk.gov.bestvalue.returns.config;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which node of the pipeline this process is, among the nodes sharing one inbox and one warehouse: the setting
 * {@code pipeline.node-id} (each node its own), else the host name and process id. It names the files a node has
 * claimed and its Quartz instance; a node restarted with the same setting takes its own claims back at once.
 */
@Component
public class NodeId {

    private final String value;

    public NodeId(@Value("${pipeline.node-id:}") String configured) {
        this.value = configured == null || configured.isBlank() ? hostAndPid() : configured.strip();
    }

    /** The node's id. */
    public String value() {
        return value;
    }

    /** This host's name and this process's id, e.g. {@code returns-01-4711}: unique while the process lives. */
    public static String hostAndPid() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = System.getenv().getOrDefault("HOSTNAME", "localhost");
        }
        return host + "-" + ProcessHandle.current().pid();
    }

    @Override
    public String toString() {
        return value;
    }
}
