package io.doublerandom.model.result;

/** Where an application to stop publishing a result stands. */
public enum StopPublicationState {
  /** 已申请: applied for, not yet decided. */
  APPLIED,
  /** 准予停止公示: granted; the publication is withdrawn from the decision's date. */
  GRANTED,
  /** 不予停止公示: refused with an opinion. */
  REFUSED
}
