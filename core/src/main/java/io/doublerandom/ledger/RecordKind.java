package io.doublerandom.ledger;

import io.doublerandom.assign.AssignmentRecord;
import io.doublerandom.draw.DrawRecord;
import io.doublerandom.draw.JointDrawRecord;

/** The kinds of record a record store holds, with how each names its task column. */
enum RecordKind {
  DRAW("draw"),
  JOINT_DRAW("joint-draw"),
  ASSIGNMENT("assignment");

  final String token;

  RecordKind(String token) {
    this.token = token;
  }

  static RecordKind ofToken(String token) {
    for (RecordKind k : values()) {
      if (k.token.equals(token)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown record kind '" + token
        + "' (expected draw, joint-draw or assignment)");
  }

  /** The task column of a record of this kind, read from its JSON. */
  String taskOf(String json) {
    return switch (this) {
      case DRAW -> DrawRecord.fromJson(json).manifest().task();
      case JOINT_DRAW -> JointDrawRecord.fromJson(json).manifest().event();
      case ASSIGNMENT -> AssignmentRecord.fromJson(json).manifest().assignment();
    };
  }
}
