package se.rus.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MergePatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void replacesGivenMembersAndKeepsTheRest() throws Exception {
        assertEquals(json("{'title':'Ny','plannedDays':12,'prioritised':true}"),
                MergePatch.merge(json("{'title':'Gammal','plannedDays':10,'prioritised':true}"),
                        json("{'title':'Ny','plannedDays':12}")));
    }

    @Test
    void nullRemovesAMember() throws Exception {
        assertEquals(json("{'title':'Nobelmötet'}"),
                MergePatch.merge(json("{'title':'Nobelmötet','extraEffortNote':'samt extra resurs'}"),
                        json("{'extraEffortNote':null}")));
    }

    @Test
    void objectsMergeAndArraysAreReplacedWhole() throws Exception {
        assertEquals(json("{'a':{'b':1,'c':3},'list':[3]}"),
                MergePatch.merge(json("{'a':{'b':1,'c':2},'list':[1,2]}"), json("{'a':{'c':3},'list':[3]}")));
    }

    @Test
    void aNonObjectPatchReplacesTheTarget() throws Exception {
        assertEquals(json("[1]"), MergePatch.merge(json("{'a':1}"), json("[1]")));
    }
}
