package newsfacts.core.model;

public enum ArticleStatus { EXTRACTED, FAILED, DELETED }
