package vn.donghanh.knowledge;

/** Whether a knowledge page is readable by the public: a draft is seen only by its editors. */
public enum KnowledgePageStatus {
    DRAFT,
    PUBLISHED
}
