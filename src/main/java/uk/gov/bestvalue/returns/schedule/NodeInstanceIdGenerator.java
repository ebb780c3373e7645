package uk.gov.bestvalue.returns.schedule;

import org.quartz.spi.InstanceIdGenerator;

import uk.gov.bestvalue.returns.config.NodeId;

/**
 * The Quartz instance id of a node that sets no {@code pipeline.node-id}: its host name and process id, the same id
 * its file claims carry (Quartz's own default adds a time instead, which matches nothing else).
 */
public class NodeInstanceIdGenerator implements InstanceIdGenerator {

    @Override
    public String generateInstanceId() {
        return NodeId.hostAndPid();
    }
}
